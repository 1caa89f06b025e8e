import { z } from 'astro/zod';
import { readText, readTextList, type Coercion, type Coercions } from './lenient.ts';

/** "09:00" or minutes since midnight (the styles template's `start_time: 0`). */
const startTime = z
  .union(
    [
      z
        .number()
        .int()
        .min(0)
        .max(24 * 60 - 1),
      z.string().regex(/^([01]?\d|2[0-3]):[0-5]\d$/),
    ],
    {
      error: 'a start time such as "09:00" (or minutes since midnight, such as 540)',
    },
  )
  .transform((value) => {
    if (typeof value === 'number') return value;
    const [hours, minutes] = value.split(':').map(Number);
    return hours! * 60 + minutes!;
  });

/** A YAML list of file names; an empty key (`learners:`) reads as null and means "none". */
const fileList = (what: string) =>
  z
    .array(z.string({ error: `${what} file names such as "introduction.md"` }), {
      error: `a list of ${what} file names (lines starting with "- ")`,
    })
    .nullish()
    .transform((value) => value ?? undefined);

const text = (what: string) => z.string({ error: what });

/** Keys both formats share. */
const common = {
  /** Lesson title, shown in the header of every page. */
  title: text('the lesson title as text').trim().min(1, { error: 'a non-empty lesson title' }),
  /** Which Carpentry the lesson belongs to: swc, dc, lc, cp, incubator, lab, or a custom value such as cms. */
  carpentry: text('a carpentry code such as "swc" or "cms"').optional(),
  /** pre-alpha, alpha, beta, stable: shown as a banner for the first three. */
  life_cycle: z
    .enum(['pre-alpha', 'alpha', 'beta', 'stable', 'transition-step-1', 'transition-step-2'], {
      error: 'one of pre-alpha, alpha, beta, stable',
    })
    .optional(),
  /** Clock time of the first episode in the schedule. */
  start_time: startTime.optional(),
};

/** `config.yaml` of a Workbench lesson (and of this project's default lesson). */
export const WorkbenchConfigSchema = z.looseObject({
  ...common,
  /** Date the lesson was created. */
  created: z.union([z.string(), z.date()], { error: 'a date such as 2024-01-31' }).optional(),
  /** Keywords, comma-separated or as a list. */
  keywords: z
    .union([z.string(), z.array(z.string())], { error: 'keywords as text or a list' })
    .optional(),
  /** License of the lesson text. */
  license: text('a license name such as "CC-BY 4.0"').optional(),
  /** URL of the lesson's source repository; "Edit this page" links point into it. */
  source: text('the repository URL').optional(),
  /** Branch of the source repository. */
  branch: text('a branch name such as "main"').optional(),
  /** Contact e-mail address. */
  contact: text('an e-mail address').optional(),
  /** Episode files in teaching order; when absent, files are ordered by name. */
  episodes: fileList('episode'),
  /** Learner pages (learners/) in menu order. */
  learners: fileList('learner page'),
  /** Instructor pages (instructors/) in menu order. */
  instructors: fileList('instructor page'),
  /** Learner profiles (profiles/) in menu order. */
  profiles: fileList('profile'),
  /** Published URL of the lesson. */
  url: text('the published URL such as "https://user.github.io/lesson"').optional(),
  /** Language code such as "en". */
  lang: text('a language code such as "en"').optional(),
});

/** `_config.yml` of a styles (Jekyll) lesson. Every other key stays available to Liquid as `site.X`. */
export const StylesConfigSchema = z.looseObject({
  ...common,
  /** Contact e-mail address. */
  email: text('an e-mail address').optional(),
  /** `lesson` or `workshop`. */
  kind: text('"lesson" or "workshop"').optional(),
  /** Explicit episode order (file names without extension). */
  episode_order: fileList('episode'),
  /** Explicit extras order (file names without extension). */
  extras_order: fileList('extra page'),
  /** GitHub repository as owner/name. */
  repository: text('the repository as owner/name').optional(),
  /** Published URL of the site. */
  url: text('the published URL').optional(),
  /** Jekyll base URL. */
  baseurl: z.string().nullish(),
});

export const workbenchConfigKeys = Object.keys(WorkbenchConfigSchema.shape);
export const stylesConfigKeys = Object.keys(StylesConfigSchema.shape);

/** A value no reading can rescue: the key is left unset and its default applies. */
const ignored =
  (what: string, hint: string): Coercion =>
  (value) =>
    value === null ? { value: undefined } : { value: undefined, how: `ignored: ${what}`, hint };

const textKeys = [
  'title',
  'carpentry',
  'license',
  'source',
  'branch',
  'contact',
  'url',
  'lang',
  'email',
  'kind',
  'repository',
  'baseurl',
  'created',
] as const;
const listKeys = [
  'episodes',
  'learners',
  'instructors',
  'profiles',
  'episode_order',
  'extras_order',
  'keywords',
] as const;

/**
 * How questionable config values are read (a warning each), instead of failing the build: Jekyll
 * and sandpaper built lessons whose configs hold them. A title YAML read as a number is text; a
 * single file name is a list of one; a start time or life cycle we cannot read is ignored.
 */
export const configCoercions: Coercions = {
  ...Object.fromEntries(textKeys.map((key) => [key, readText(key)])),
  ...Object.fromEntries(listKeys.map((key) => [key, readTextList(key)])),
  start_time: ignored(
    'the schedule starts at 09:00',
    'Write the start time as "09:00" (or as minutes since midnight, such as 540).',
  ),
  life_cycle: ignored(
    'no life-cycle banner is shown',
    'Use one of pre-alpha, alpha, beta, stable.',
  ),
};
