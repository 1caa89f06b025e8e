/** Set by the lesson integration: true for `astro build`, false for the dev server. */
declare const __LESSON_FAIL_ON_ERROR__: boolean;

declare namespace App {
  interface Locals {
    /** What the page shell needs, built once per page by `src/middleware.ts`. */
    route: import('./lib/route-data.ts').RouteData;
  }
}
