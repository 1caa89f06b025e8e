/** Set by the lesson integration: true for `astro build`, false for the dev server. */
declare const __LESSON_FAIL_ON_ERROR__: boolean;
