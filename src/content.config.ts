import { defineCollection } from 'astro:content';
import { resolveLessonDir } from './lib/lesson/lesson-dir.ts';
import { lessonLoader } from './loaders/lesson-loader.ts';

const base = import.meta.env.BASE_URL.endsWith('/')
  ? import.meta.env.BASE_URL
  : `${import.meta.env.BASE_URL}/`;

/** The whole lesson (settings, episodes, pages) as one collection from one loader. */
const lesson = defineCollection({
  loader: lessonLoader({
    dir: resolveLessonDir(process.env, process.cwd()),
    base,
    site: import.meta.env.SITE,
    failOnError: __LESSON_FAIL_ON_ERROR__,
  }),
});

export const collections = { lesson };
