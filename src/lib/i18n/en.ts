import type { Message } from './types.ts';

/**
 * Every word of the interface, in English: the source of truth. Its keys are the `UiKey` type;
 * every other language module gives each key (a type error otherwise, and a unit test), with the
 * same `{placeholders}`. A message with plural forms (`{ one, other }`) is chosen by `{count}`.
 *
 * The comments say where a text appears, for translators; docs/i18n.md says which component
 * uses which key. English is British (the project's), and each text says what the reader gets,
 * in the words The Carpentries' own templates use where they have one.
 */
export const en = {
  // ── Page frame: skip link, header, menus ────────────────────────────────────────────────
  /** The first link on every page, for keyboard users (visible when focused). */
  'frame.skipToContent': 'Skip to main content',
  /** Accessible name of the header's list of lesson pages. */
  'frame.lessonPages': 'Lesson pages',
  /** The button that opens the header menu on narrow screens. */
  'frame.menu': 'Menu',
  /** The button that closes it. */
  'frame.closeMenu': 'Close menu',
  /** Link to the lesson's home page (also "previous" on the first episode). */
  'frame.home': 'Home',
  /** Heading of the menu group with the learners' extra pages (setup, glossary, figures…). */
  'frame.learnerResources': 'Learner resources',
  /** Heading of the menu group with the instructors' pages (instructor notes, guides). */
  'frame.instructorResources': 'Instructor resources',
  /** The episode list in the sidebar: its fold title and accessible name. */
  'frame.episodes': 'Episodes',
  /** Link to the full schedule, when the sidebar lists only some of a long lesson's episodes. */
  'frame.allEpisodes': { one: '{count} episode', other: 'All {count} episodes' },
  /** The table of contents of a long page. */
  'frame.onThisPage': 'On this page',
  /** The control that scrolls back to the top of a long page. */
  'frame.backToTop': 'Back to top',

  // ── Learner and instructor view ─────────────────────────────────────────────────────────
  /** Header link to the same page in the instructor view. */
  'view.instructor': 'Instructor view',
  /** Header link back to the learner view. */
  'view.learner': 'Learner view',
  /** Banner under the header in the instructor view. */
  'view.instructorBanner': 'Instructor view: timings and instructor notes are shown.',

  // ── Theme toggle (a button whose pressed state means "dark theme on") ────────────────────
  'theme.dark': 'Dark theme',

  // ── Search: header box, search page, results (scripts/search-ui.ts) ─────────────────────
  /** Label of the search box (read by screen readers; visible on the search page). */
  'search.label': 'Search this lesson',
  /** Placeholder inside the header's search box. */
  'search.placeholder': 'Search',
  /** The search button, and the search page's title. */
  'search.submit': 'Search',
  'search.title': 'Search',
  /** Shown while the index loads. */
  'search.searching': 'Searching…',
  /** The site was opened without its search index; `{command}` is the build command. */
  'search.unavailable':
    'Search is not available: the search index was not found (it is built by {command}).',
  /** How many pages match; `{query}` is what the reader typed. */
  'search.resultCount': {
    one: '{count} page matches “{query}”',
    other: '{count} pages match “{query}”',
  },
  'search.noResults': 'Nothing matches “{query}”',
  /** Link under the header's first results to the search page with all of them. */
  'search.allResults': { one: '{count} result', other: 'All {count} results' },
  /** Button on the search page that shows the next results. */
  'search.showMore': {
    one: 'Show more ({count} left)',
    other: 'Show more ({count} left)',
  },
  /**
   * The search page without JavaScript. `{link}` is a link whose text is `search.allInOneLink`;
   * `{keys}` shows the find shortcuts as keys: Ctrl+F, ⌘+F, joined by the language's own "or".
   */
  'search.needsJavaScript':
    "Search runs in your browser and needs JavaScript. Without it, open {link} and use your browser's find ({keys}).",
  'search.allInOneLink': 'the whole lesson on one page',

  // ── Names of the lesson's pages (menu entries and page titles) ───────────────────────────
  'page.setup': 'Setup',
  'page.keyPoints': 'Key points',
  'page.glossary': 'Glossary',
  'page.learnerProfiles': 'Learner profiles',
  'page.instructorNotes': 'Instructor notes',
  'page.figures': 'Figures',
  /** The page with every episode: its menu entry and its title (browser tab). */
  'page.allInOne': 'All in one page',
  /** Its heading: the lesson's title, then this. */
  'page.allInOneHeading': '{lesson}: all episodes',

  // ── Redirect pages (an old address of a page) ──────────────────────────────────────────
  /** Title of the page left at an address where the lesson's toolchain published a page. */
  'redirect.title': 'Moved: {page}',
  /** Its text, before a link to the page's new address. */
  'redirect.moved': 'This page has moved:',

  // ── 404 ─────────────────────────────────────────────────────────────────────────────────
  'notFound.title': 'Page not found',
  /** `{schedule}` is a link to the home page's schedule, whose text is `notFound.scheduleLink`. */
  'notFound.text':
    'There is no page at this address. It may have been renamed; the {schedule} lists every episode.',
  'notFound.scheduleLink': 'schedule',

  // ── Episode page ────────────────────────────────────────────────────────────────────────
  /** Above the episode title. */
  'episode.position': 'Episode {n} of {total}',
  /** Accessible names of the previous/next links above and below the episode. */
  'episode.navigationTop': 'Episode navigation (top)',
  'episode.navigationBottom': 'Episode navigation (bottom)',
  'episode.previous': 'Previous',
  'episode.next': 'Next',
  /** A break "episode": its length. */
  'episode.break': 'Break: {duration}',
  /** Instructor view, episode header: when the episode starts (a clock time) and how long it takes. */
  'episode.start': 'Starts',
  'episode.duration': 'Length',
  /** Instructor view of a multi-day lesson: the day and clock time the episode starts. */
  'episode.dayAndTime': 'Day {n}, {time}',

  // ── Overview box and key points box ─────────────────────────────────────────────────────
  'overview.title': 'Overview',
  /** Minutes of teaching and of exercises. */
  'overview.teaching': 'Teaching',
  'overview.exercises': 'Exercises',
  'overview.questions': 'Questions',
  'overview.objectives': 'Objectives',
  'keyPoints.title': 'Key points',
  /** The key points page when no episode has any. */
  'keyPoints.none': 'No episode lists key points yet.',

  // ── Schedule (home page) ────────────────────────────────────────────────────────────────
  'schedule.title': 'Schedule',
  /** Column headings. */
  'schedule.day': 'Day',
  'schedule.time': 'Time',
  'schedule.episode': 'Episode',
  /** Instructor view: teaching and exercise minutes. */
  'schedule.timing': 'Teaching + exercises',
  'schedule.questions': 'Questions',
  /** First cell of a workshop day in a multi-day schedule. */
  'schedule.dayNumber': 'Day {n}',
  /** The first row, linking to the setup page, and what it is for. */
  'schedule.setup': 'Setup',
  'schedule.setupDescription': 'Download files required for the lesson',
  /** The last row: when the lesson ends. */
  'schedule.finish': 'Finish',
  /** After a break's title. */
  'schedule.breakLength': '({duration} break)',
  'schedule.note':
    'Times are a guide; the instructor may spend longer on some exercises and skip others. Total: {duration}.',

  // ── Lengths of time (schedule, overview, breaks) ────────────────────────────────────────
  'time.minutes': '{minutes} min',
  'time.hours': '{hours} h',
  'time.hoursMinutes': '{hours} h {minutes} min',
  /** Instructor schedule: minutes of teaching + minutes of exercises. */
  'time.teachingPlusExercises': '{teaching} + {exercises} min',

  // ── Page footer and page meta ───────────────────────────────────────────────────────────
  'footer.editPage': 'Edit this page',
  /** `{date}` is formatted in the language (5 March 2024). */
  'footer.lastUpdated': 'Last updated {date}',
  'footer.source': 'Source',
  'footer.sourceOfLesson': 'Source of this lesson',
  'footer.contact': 'Contact',
  'footer.licence': 'Licence',
  /** `{licence}` is the licence's name (CC BY 4.0), as the lesson gives it. */
  'footer.licensedUnder': 'Materials licensed under {licence}',
  /** Footer link to how to cite the lesson (its CITATION file). */
  'footer.cite': 'Cite',
  'footer.codeOfConduct': 'Code of Conduct',
  /** `{codeOfConduct}` is a link whose text is `footer.codeOfConduct`. */
  'footer.conduct': 'This lesson is subject to the {codeOfConduct}.',
  /** Accessible name of the footer's list of links. */
  'footer.label': 'About this lesson',
  'footer.contributing': 'Contributing',
  /** `{generator}` is the name of this generator. */
  'footer.builtWith': 'Built with {generator}.',

  // ── Life cycle banner (config `life_cycle:`) ───────────────────────────────────────────
  'lifeCycle.preAlpha':
    'This lesson is in the pre-alpha stage: it is still being written and has not been taught yet.',
  'lifeCycle.alpha':
    'This lesson is in the alpha stage: it has been taught once and its authors are working on the feedback.',
  'lifeCycle.beta':
    'This lesson is in the beta stage: it is ready to be taught by instructors outside its original authors.',

  // ── About box (a styles lesson's About page); `{community}` is shown in bold ────────────
  'about.community':
    'This lesson belongs to {community}, part of The Carpentries, a community that teaches researchers foundational coding and data skills through hands-on workshops.',
  'about.format':
    'This lesson follows the format of The Carpentries: short episodes, live coding, and exercises with solutions that learners try before they look.',

  // ── Links where a styles lesson included a theme template ───────────────────────────────
  'slot.allFigures': 'All figures of the lesson',
  'slot.allInOne': 'The whole lesson on one page',

  // ── Figures page ────────────────────────────────────────────────────────────────────────
  'figures.none': 'The episodes have no figures.',
  /** Caption under each figure: its number in the episode, then its alt text. */
  'figures.caption': 'Figure {n}. {description}',
  'figures.noDescription': 'No description given.',
  /** Where an R Markdown chunk would have drawn a figure (no R runs here). */
  'figures.notDrawn': 'Figure not drawn: its code is not run on this site',

  // ── Instructor notes page ───────────────────────────────────────────────────────────────
  'instructorNotes.byEpisode': 'Notes by episode',
  'instructorNotes.none': 'No episode has instructor notes.',

  // ── Code blocks ─────────────────────────────────────────────────────────────────────────
  /** Labels of blocks that show what a program printed. */
  'code.output': 'Output',
  'code.error': 'Error',
  'code.warning': 'Warning',
  'code.source': 'Source',
  /** The copy button, and what it says (and announces) after a click. */
  'code.copy': 'Copy',
  'code.copied': 'Copied',
  'code.copyFailed': 'Copy failed',

  /** Accessible name of the "#" link after each heading. */
  'heading.anchor': 'Link to this section',

  // ── Callouts: the label of each kind (src/lib/callouts.ts) ──────────────────────────────
  'callout.challenge': 'Challenge',
  'callout.solution': 'Solution',
  'callout.hint': 'Hint',
  'callout.spoiler': 'Details',
  'callout.callout': 'Callout',
  'callout.caution': 'Caution',
  'callout.warning': 'Warning',
  'callout.discussion': 'Discussion',
  'callout.prereq': 'Prerequisite',
  'callout.checklist': 'Checklist',
  'callout.testimonial': 'Testimonial',
  'callout.quotation': 'Quotation',
  'callout.instructor': 'Instructor note',
  'callout.keypoints': 'Key points',
  'callout.objectives': 'Objectives',
  'callout.questions': 'Questions',
  'callout.tab': 'Tabs',
  'callout.group-tab': 'Tabs',
  /** What a folded box holds, on the line the reader clicks to open it. */
  'callout.solution.fold': 'Show me the solution',
  'callout.hint.fold': 'Give me a hint',
  'callout.spoiler.fold': 'Show details',

  // ── Click-to-load embeds (video facade) ─────────────────────────────────────────────────
  /** The button's verb, by what the frame shows. */
  'embed.verb.video': 'Play video',
  'embed.verb.animation': 'Play animation',
  'embed.verb.slides': 'Show slides',
  'embed.verb.document': 'Show document',
  'embed.verb.spreadsheet': 'Show spreadsheet',
  'embed.verb.form': 'Show form',
  'embed.verb.file': 'Show file',
  'embed.verb.page': 'Load embedded page',
  /** Title shown when the author gave none; `{provider}` is a name such as YouTube. */
  'embed.title.video': '{provider} video',
  'embed.title.animation': '{provider} animation',
  'embed.title.slides': '{provider} presentation',
  'embed.title.document': '{provider} document',
  'embed.title.spreadsheet': '{provider} spreadsheet',
  /** `{provider}` is already the form's name here ("Google Form"). */
  'embed.title.form': '{provider}',
  'embed.title.file': '{provider} file',
  /** `{host}` is a host name such as example.org. */
  'embed.title.page': 'Embedded page from {host}',
  /** The link under a video to watch it on the provider's site. */
  'embed.watch': 'Watch on {site}',
  'embed.watchTitled': 'Watch “{title}” on {site}',
  /** The link under any other frame. */
  'embed.open.animation': 'Open the animation on {site}',
  'embed.open.slides': 'Open the slides on {site}',
  'embed.open.document': 'Open the document on {site}',
  'embed.open.spreadsheet': 'Open the spreadsheet on {site}',
  'embed.open.form': 'Open the form on {site}',
  'embed.open.file': 'Open the file on {site}',
  'embed.open.page': 'Open the page on {site}',
  'embed.openTitled': 'Open “{title}” on {site}',
  /** Under every placeholder: why nothing plays yet. */
  'embed.privacy': 'Nothing loads from {provider} until you press “{verb}”.',
  /** Accessible name of the placeholder button. */
  'embed.buttonName': '{verb}: {title} – {provider}',
} as const satisfies Record<string, Message>;
