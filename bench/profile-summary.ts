/**
 * Where the time of a profiled build goes: a V8 `.cpuprofile` (node --cpu-prof) summarised as
 * self time by package (node_modules/<pkg>, our src/ files, Node internals, GC, idle) and the
 * functions with the most self time, as Markdown.
 *
 *   node bench/profile-summary.ts <file.cpuprofile>
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** `node_modules/@shikijs/core/…` → `@shikijs/core`; `src/plugins/x.ts` → `src/plugins/x.ts`. */
function ownerOf(url: string, root: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const path = url.startsWith('file://') ? fileURLToPath(url) : url;
  const nm = path.lastIndexOf('node_modules/');
  if (nm !== -1) {
    const rest = path.slice(nm + 'node_modules/'.length).split('/');
    return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  if (path.startsWith(root)) return path.slice(root.length + 1);
  if (path.startsWith('node:')) return 'node internals';
  return path;
}

export function summariseProfile(file: string, root: string, top = 15): string {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) =>
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)),
  );
  const total = profile.endTime - profile.startTime;
  const byOwner = new Map<string, number>();
  const byFunction = new Map<string, number>();
  for (const [id, micros] of self) {
    const node = byId.get(id)!;
    const owner = ownerOf(node.callFrame.url, root, node.callFrame.functionName);
    byOwner.set(owner, (byOwner.get(owner) ?? 0) + micros);
    const fn = `${node.callFrame.functionName || '(anonymous)'} — ${owner}${node.callFrame.url ? `:${node.callFrame.lineNumber + 1}` : ''}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + micros);
  }
  const rows = (map: Map<string, number>) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(
        ([name, micros]) =>
          `| ${name.replace(/\|/g, '\\|')} | ${(micros / 1e6).toFixed(2)} | ${((micros / total) * 100).toFixed(1)}% |`,
      );
  return [
    `Profile of the main Astro process: ${(total / 1e6).toFixed(2)} s (child processes such as pagefind are not in it).`,
    '',
    '| by package / file | self s | share |',
    '|---|---|---|',
    ...rows(byOwner),
    '',
    '| by function | self s | share |',
    '|---|---|---|',
    ...rows(byFunction),
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: node bench/profile-summary.ts <file.cpuprofile>');
    process.exit(2);
  }
  console.log(summariseProfile(file, process.cwd()));
}
