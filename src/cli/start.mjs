/**
 * The `lesson-site` command's entry point (`npm run build`, bin/lesson-site.mjs): Node's compile
 * cache, then the command itself (lesson-site.ts). Node keeps the compiled code of the modules it
 * loads, and of TypeScript the stripped text too (keyed by their text, so an edit never serves
 * stale code): a rebuild after one edit spends less time loading the renderer than rendering.
 * Plain JavaScript so that the cache is on before any TypeScript loads: with the cache warm, this
 * process never loads Node's type stripper (≈ 17 MB it would then hold while waiting for Astro
 * through the whole build). Children (Astro, the render workers) share the cache through the
 * environment.
 */
import { enableCompileCache } from 'node:module';

const compileCache = enableCompileCache?.();
if (compileCache?.directory) process.env.NODE_COMPILE_CACHE ??= compileCache.directory;

await import('./lesson-site.ts');
