import { z } from 'astro/zod';
import { readBoolean, readMinutes, readText, readTextList, type Coercions } from './lenient.ts';

/**
 * Whole minutes. `null` is an unknown time: what the loader records when an author's value holds
 * no number (see `readMinutes`); YAML's own empty value never reaches the schema as null.
 */
const minutes = (what: string) =>
  z
    .number({ error: `${what} as a whole number of minutes, such as 10` })
    .int({ error: `${what} as a whole number of minutes, such as 10` })
    .min(0, { error: `${what} of 0 minutes or more` })
    .nullable();

/**
 * A list of one-line strings. Legacy lessons sometimes leave an empty item (`- ""`) as a
 * placeholder; empties are dropped here and warned about by the loader. A single string instead
 * of a list is read by `readTextList`, with a warning.
 */
const textList = (what: string) =>
  z
    .array(z.union([z.string(), z.number(), z.null()]), {
      error: `${what} as a list of text items (lines starting with "- ")`,
    })
    .transform((items) =>
      items.map((item) => (item === null ? '' : String(item))).filter((item) => item.trim() !== ''),
    )
    .default([]);

export const EpisodeFrontmatterSchema = z.object({
  /** The episode's title, shown in the schedule, the sidebar and the page heading. */
  title: z
    .string({ error: 'the episode title as text, such as title: "Creating a cluster"' })
    .trim()
    .min(1, { error: 'a non-empty title' }),
  /** Minutes of teaching; adds to the schedule's clock. `null`: unknown (the clock stops). */
  teaching: minutes('teaching time').default(0),
  /** Minutes of exercises; adds to the schedule's clock. `null`: unknown (the clock stops). */
  exercises: minutes('exercise time').default(0),
  /** Questions this episode answers (overview box and schedule). */
  questions: textList('questions'),
  /** What learners can do afterwards (overview box). */
  objectives: textList('objectives'),
  /** The points to remember (key points box and key points page). */
  keypoints: textList('keypoints'),
  /** A new day of the workshop begins with this episode. */
  start: z.boolean({ error: 'true or false' }).default(false),
  /** Length of a break episode in minutes; a break has no teaching or exercises. `null`: unknown. */
  break: minutes('break length').optional(),
  /** The episode uses TeX math ($…$); rendered at build time. */
  math: z.boolean({ error: 'true or false' }).optional(),
  /** Jekyll's layout; `break` marks a break episode. Otherwise ignored. */
  layout: z.string({ error: 'a layout name' }).optional(),
  /** Jekyll's permalink, kept by legacy lessons; accepted and ignored (pages keep their file-name URLs). */
  permalink: z.unknown().optional(),
  /** Jekyll's relative root, kept by legacy lessons; accepted and ignored. */
  root: z.unknown().optional(),
  /** Jekyll's `published: false` leaves the page out of the site (styles lessons). */
  published: z.boolean({ error: 'true or false' }).optional(),
});

export type EpisodeFrontmatter = z.output<typeof EpisodeFrontmatterSchema>;

/**
 * What Jekyll's episode layout shows around a page's text: the overview box and the key points.
 * A styles page outside the episodes (an extra) that asks for that layout shows them too.
 */
export const EpisodeOverviewSchema = EpisodeFrontmatterSchema.pick({
  teaching: true,
  exercises: true,
  questions: true,
  objectives: true,
  keypoints: true,
});
export type EpisodeOverview = z.output<typeof EpisodeOverviewSchema>;

export const episodeKeys = Object.keys(EpisodeFrontmatterSchema.shape);

/** Lists whose empty items are dropped with a warning rather than failing the build. */
export const episodeTextListKeys = ['questions', 'objectives', 'keypoints'] as const;

/**
 * How each field's questionable values are read (a warning each), instead of failing the build:
 * Jekyll and sandpaper published them. A missing title is handled by the loader, which knows the
 * file name.
 */
export const episodeCoercions: Coercions = {
  title: readText('title'),
  teaching: readMinutes('teaching'),
  exercises: readMinutes('exercises'),
  break: readMinutes('break'),
  questions: readTextList('questions'),
  objectives: readTextList('objectives'),
  keypoints: readTextList('keypoints'),
  start: readBoolean('start', false),
  math: readBoolean('math', false),
  // Jekyll leaves a page out only for the value false itself (`published: "false"` is published).
  published: (value) =>
    value === null
      ? { value: undefined }
      : {
          value: undefined,
          how: 'Jekyll publishes the page unless the value is false itself, so it is published',
          hint: 'Write "published: false" to leave the page out, or delete the line.',
        },
  layout: readText('layout'),
};

/** Frontmatter of non-episode pages (index, setup, extras, learner pages): a title at most. */
export const PageFrontmatterSchema = z.looseObject({
  /** Page title; the file name is used when absent. */
  title: z.string({ error: 'the page title as text' }).trim().optional(),
});
export type PageFrontmatter = z.output<typeof PageFrontmatterSchema>;

/** How a page's questionable title is read. */
export const pageCoercions: Coercions = { title: readText('title') };
