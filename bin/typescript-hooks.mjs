/**
 * `node --import typescript-hooks.mjs`: lets Node run this package's own TypeScript files when the
 * package is installed under node_modules, where Node's built-in type stripping refuses to work.
 * The files are written for type stripping (erasable syntax only, `.ts` imports), so Node's own
 * stripper (`module.stripTypeScriptTypes`, which keeps every line where it was) gives the same
 * module Node would run from a checkout. Files outside the package, and its own dependencies,
 * load as usual.
 */
import { readFileSync } from 'node:fs';
import { registerHooks, stripTypeScriptTypes } from 'node:module';
import { fileURLToPath } from 'node:url';

const packageRoot = new URL('../', import.meta.url).href;
const dependencies = new URL('../node_modules/', import.meta.url).href;

registerHooks({
  load(url, context, nextLoad) {
    const path = url.split(/[?#]/)[0];
    if (path.endsWith('.ts') && path.startsWith(packageRoot) && !path.startsWith(dependencies)) {
      const source = stripTypeScriptTypes(readFileSync(fileURLToPath(path), 'utf8'));
      return { format: 'module', source, shortCircuit: true };
    }
    return nextLoad(url, context);
  },
});
