/**
 * Starlight, the Astro documentation theme, as the side-by-side benchmark's other contender: a
 * scratch project under bench/out/starlight (never committed), with versions pinned here and
 * installed from the npm registry on first use, holding the same synthetic episodes.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateStarlightDocs } from './generate.ts';

/** The versions measured against; Astro is the one this project uses. */
export const starlightVersions = { astro: '7.3.5', '@astrojs/starlight': '0.42.4' };

const installedVersion = (dir: string, name: string): string | undefined => {
  const file = join(dir, 'node_modules', name, 'package.json');
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')).version : undefined;
};

/**
 * Write the Starlight project for `episodes` episodes into `dir` and install its dependencies
 * when they are missing or not the pinned versions.
 */
export function prepareStarlight(dir: string, episodes: number): void {
  mkdirSync(join(dir, 'src'), { recursive: true });
  writeFileSync(
    join(dir, 'package.json'),
    `${JSON.stringify(
      { name: 'starlight-bench', private: true, type: 'module', dependencies: starlightVersions },
      null,
      2,
    )}\n`,
  );
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

export default defineConfig({
  integrations: [
    starlight({
      title: 'Benchmark lesson',
      sidebar: [{ label: 'Episodes', items: [{ autogenerate: { directory: 'episodes' } }] }],
    }),
  ],
});
`,
  );
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  );
  generateStarlightDocs(join(dir, 'src/content/docs'), episodes);
  const current = Object.entries(starlightVersions).every(
    ([name, version]) => installedVersion(dir, name) === version,
  );
  if (!current) {
    console.log(
      `   installing ${Object.entries(starlightVersions)
        .map(([n, v]) => `${n}@${v}`)
        .join(', ')} into ${dir}`,
    );
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], {
      cwd: dir,
      stdio: 'inherit',
    });
  }
}

/** The folders a cold Starlight build starts without: its content cache and its output. */
export const starlightCaches = (dir: string) => [
  join(dir, 'node_modules/.astro'),
  join(dir, '.astro'),
  join(dir, 'dist'),
];
