#!/usr/bin/env node
/**
 * The `lesson-site` command. Plain JavaScript on purpose: it must start on whatever Node runs it
 * (`npx` on a Node 20 machine), choose a Node that can run Astro and the generator's TypeScript,
 * and start the real command-line interface (src/cli/start.mjs, then lesson-site.ts) on it.
 *
 * The chosen Node is this one when it is new enough, else the Node the package pins: the
 * `node-<platform>-<arch>` optional dependency, a plain binary in a registry package (no install
 * script, so it installs where npm runs no dependency scripts). Node refuses to strip TypeScript
 * types under node_modules, where an installed package lives, so the child is started with
 * typescript-hooks.mjs, which strips the package's own `.ts` files with Node's own stripper.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeProblem, nodeFeatures, pinnedNodePackage } from './node-choice.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

/** The executable of the pinned Node package for this platform, if npm installed it. */
function pinnedNode() {
  const name = pinnedNodePackage(process.platform, process.arch);
  try {
    const manifest = require.resolve(`${name}/package.json`);
    const bin = JSON.parse(readFileSync(manifest, 'utf8')).bin;
    return join(dirname(manifest), typeof bin === 'string' ? bin : bin.node);
  } catch {
    return undefined;
  }
}

/** Astro's own minimum (`>=22.12.0`), read from the Astro this package installed. */
function astroMinimum() {
  try {
    const range = JSON.parse(readFileSync(require.resolve('astro/package.json'), 'utf8')).engines
      ?.node;
    return /^>=\s*(\d+\.\d+\.\d+)$/.exec(range ?? '')?.[1];
  } catch {
    return undefined;
  }
}

const problem = nodeProblem(process.versions.node, nodeFeatures(), astroMinimum());
const node = problem ? pinnedNode() : process.execPath;
if (!node) {
  console.error(
    `lesson-site: ${problem}, and no pinned Node was installed for ${process.platform}-${process.arch}; install Node 24 (https://nodejs.org) and run it again.`,
  );
  process.exit(2);
}

const child = spawn(
  node,
  [
    // Node's type stripper still calls itself experimental; its warning would only confuse authors.
    '--disable-warning=ExperimentalWarning',
    '--import',
    new URL('./typescript-hooks.mjs', import.meta.url).href,
    join(here, '../src/cli/start.mjs'),
    ...process.argv.slice(2),
  ],
  { stdio: 'inherit' },
);
// Ctrl-C reaches the child too (same process group); this process only waits for it to finish.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => {});
child.on('error', (error) => {
  console.error(`lesson-site: could not start ${node}: ${error.message}`);
  process.exit(2);
});
child.on('exit', (code, signal) => {
  if (signal) process.kill(process.pid, signal);
  else process.exit(code ?? 1);
});
