/**
 * `node --import typescript-hooks.mjs`: lets Node run this package's own TypeScript files when the
 * package is installed under node_modules, where Node's built-in type stripping refuses to work.
 * The files are written for type stripping (erasable syntax only, `.ts` imports), so Node's own
 * stripper (`module.stripTypeScriptTypes`, which keeps every line where it was) gives the same
 * module Node would run from a checkout. Files outside the package, and its own dependencies,
 * load as usual.
 *
 * Each stripped file is kept in the user's cache folder under the digest of its source, so a
 * build's processes (the command, its render workers) load Node's stripper only for files they
 * have not seen before: the stripper is ≈ 30 MB and ≈ 0.1 s in every process that loads it.
 * Entries a month old are removed whenever a process writes a new one (after an upgrade), so
 * releases and Node versions gone by do not pile up there.
 */
import { createHash } from 'node:crypto';
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { registerHooks, stripTypeScriptTypes } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageRoot = new URL('../', import.meta.url).href;
const dependencies = new URL('../node_modules/', import.meta.url).href;

/**
 * The user's own cache folder (not the shared temporary one: another user could put a file there
 * that this process would run), one per Node version, since its stripper makes the output.
 */
const cacheDir = join(
  process.env.XDG_CACHE_HOME || join(homedir(), '.cache'),
  'lesson-site',
  'typescript',
  process.version,
);

/** `source` without its types: from the cache when this source was stripped before. */
function stripped(source) {
  const cached = join(cacheDir, `${createHash('sha256').update(source).digest('hex')}.js`);
  try {
    return readFileSync(cached, 'utf8');
  } catch {
    // not stripped yet
  }
  const javascript = stripTypeScriptTypes(source);
  try {
    mkdirSync(cacheDir, { recursive: true, mode: 0o700 });
    // Written whole, then renamed: a process reading it meanwhile never sees half a file.
    const partial = `${cached}.${process.pid}.partial`;
    writeFileSync(partial, javascript);
    renameSync(partial, cached);
    pruneOnce();
  } catch {
    // No cache where the home folder cannot be written: strip again next time.
  }
  return javascript;
}

/** How long an entry nobody has written again stays: a release still in use rewrites its own. */
const keptFor = 30 * 24 * 60 * 60 * 1000;
let prunedAlready = false;

/**
 * Remove the entries of every Node version's folder written `keptFor` ago or longer, and the
 * folders of other Node versions left empty; once per process, and only in a process that had
 * something new to strip, which is what an upgrade brings. An entry removed while still in use
 * is simply stripped and written again the next time it is needed (and a process reading it
 * meanwhile keeps what it opened).
 */
function pruneOnce() {
  if (prunedAlready) return;
  prunedAlready = true;
  const versions = dirname(cacheDir);
  const now = Date.now();
  for (const version of readdirSync(versions)) {
    const folder = join(versions, version);
    try {
      for (const name of readdirSync(folder)) {
        const entry = join(folder, name);
        if (now - statSync(entry).mtimeMs >= keptFor) rmSync(entry, { force: true });
      }
      if (version !== process.version && readdirSync(folder).length === 0) rmdirSync(folder);
    } catch {
      // Another process pruning at the same time, or not a folder of ours: leave it.
    }
  }
}

registerHooks({
  load(url, context, nextLoad) {
    const path = url.split(/[?#]/)[0];
    if (path.endsWith('.ts') && path.startsWith(packageRoot) && !path.startsWith(dependencies)) {
      const source = stripped(readFileSync(fileURLToPath(path), 'utf8'));
      return { format: 'module', source, shortCircuit: true };
    }
    return nextLoad(url, context);
  },
});
