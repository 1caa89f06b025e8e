import type { GeneratedPage } from '../lib/route-data.ts';
import type { View } from '../lib/site-paths.ts';

/**
 * The words of the site's own interface (not the lesson's), in one place, so the interface can
 * be translated as a whole. Components read them from here rather than spelling them out.
 */
export const text = {
  skipToContent: 'Skip to main content',
  menu: 'Menu',
  lessonPages: 'Lesson pages',
  learnerResources: 'Learner resources',
  instructorResources: 'Instructor resources',
  darkTheme: 'Dark theme',
  backToTop: 'Back to top',
  lastUpdated: 'Last updated',
  breakLength: 'Break',
  /** Where a styles lesson included a theme template that linked the generated pages. */
  slots: { figures: 'All figures of the lesson', allInOne: 'The whole lesson on one page' },
  episodes: 'Episodes',
  onThisPage: 'On this page',
  allEpisodes: (count: number) => `All ${count} episodes`,
  episodeOf: (number: number, count: number) => `Episode ${number} of ${count}`,
  /** The header's switch names the view it opens. */
  viewName: { learner: 'Learner view', instructor: 'Instructor view' } satisfies Record<
    View,
    string
  >,
  instructorBanner: 'Instructor view: timings and instructor notes are shown.',
  lifeCycle: (stage: string) => ({
    before: 'This lesson is in the ',
    stage,
    after: ' stage: its content is still being written and tested.',
  }),
  generated: {
    home: 'Home',
    keyPoints: 'Key points',
    allInOne: 'All in one page',
    figures: 'Figures',
    instructorNotes: 'Instructor notes',
    profiles: 'Learner profiles',
    search: 'Search',
  } satisfies Record<GeneratedPage, string>,
  pagination: {
    previous: 'Previous',
    next: 'Next',
    top: 'Episode navigation (top)',
    bottom: 'Episode navigation (bottom)',
  },
  timing: {
    /** Sidebar and episode header of the instructor view: clock time and length. */
    starts: 'Starts',
    length: 'Length',
  },
  allEpisodesOf: (lesson: string) => `${lesson}: all episodes`,
  figures: {
    none: 'The episodes have no figures.',
    caption: (number: number) => `Figure ${number}.`,
    noDescription: 'No description given.',
  },
  instructorNotes: {
    byEpisode: 'Notes by episode',
    none: 'No episode has instructor notes.',
  },
  keyPoints: { none: 'No episode lists key points yet.' },
  overview: {
    heading: 'Overview',
    teaching: 'Teaching',
    exercises: 'Exercises',
    questions: 'Questions',
    objectives: 'Objectives',
  },
  search: {
    label: 'Search this lesson',
    placeholder: 'Search',
    submit: 'Search',
    needsJs: {
      before: 'Search runs in your browser and needs JavaScript. Without it, open ',
      link: 'the whole lesson on one page',
      after: " and use your browser's find ",
      or: 'or',
    },
  },
  notFound: {
    title: 'Page not found',
    before: 'There is no page at this address. It may have been renamed; the ',
    link: 'schedule',
    after: ' lists every episode.',
  },
  schedule: {
    heading: 'Schedule',
    day: 'Day',
    dayNumber: (day: number) => `Day ${day}`,
    time: 'Time',
    episode: 'Episode',
    timing: 'Teaching + exercises',
    questions: 'Questions',
    setup: 'Setup',
    setupNote: 'Download files required for the lesson',
    finish: 'Finish',
    breakOf: (length: string) => `${length} break`,
    note: (total: string) =>
      `Times are a guide; the instructor may spend longer on some exercises and skip others. Total: ${total}.`,
  },
  about: {
    communities: {
      swc: 'Software Carpentry',
      dc: 'Data Carpentry',
      lc: 'Library Carpentry',
      cp: 'The Carpentries',
      incubator: 'The Carpentries Incubator',
      lab: 'The Carpentries Lab',
    } as Record<string, string>,
    member: {
      before: 'This lesson belongs to ',
      after:
        ', part of The Carpentries, a community that teaches researchers foundational coding and data skills through hands-on workshops.',
    },
    generic:
      'This lesson follows the format of The Carpentries: short episodes, live coding, and exercises with solutions that learners try before they look.',
  },
  footer: {
    label: 'About this lesson',
    license: 'Licence',
    licensedUnder: 'Materials licensed under',
    licenseFile: 'Licence',
    citation: 'Cite',
    codeOfConduct: 'Code of Conduct',
    conductNote: 'This lesson is subject to the',
    contributing: 'Contributing',
    source: 'Source',
    edit: 'Edit this page',
    contact: 'Contact',
    builtWith: 'Built with',
  },
} as const;

/** The name of a link in the header, footer or pagination: the page's title, or the generated page's. */
export const linkName = (link: { title?: string; generated?: GeneratedPage }): string =>
  link.title ?? (link.generated ? text.generated[link.generated] : '');
