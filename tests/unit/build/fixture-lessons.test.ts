import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import type { Element, Nodes } from 'hast';
import { visit } from 'unist-util-visit';
import { fromHtml } from 'hast-util-from-html';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildLesson, projectRoot, type BuildResult } from './astro-build.ts';

// Each fixture is built once for all the tests that read it: a build takes seconds.
const builds = new Map<string, BuildResult>();
const built = (name: string): BuildResult => {
  if (!builds.has(name))
    builds.set(name, buildLesson(join(projectRoot, 'tests/fixtures/lessons', name)));
  return builds.get(name)!;
};

/**
 * The whole pipeline on the fixture lessons, one per format: the build succeeds, and the
 * post-build verifier finds no broken link or anchor, no leaked source syntax and no lost text.
 */
describe.sequential('fixture lessons build and verify clean', () => {
  for (const name of ['styles-mini', 'workbench-mini', 'md-outputs-mini', 'embeds']) {
    it(name, () => {
      const lesson = join(projectRoot, 'tests/fixtures/lessons', name);
      const build = built(name);
      expect(build.status, build.output).toBe(0);
      const verify = spawnSync(
        process.execPath,
        ['scripts/verify-site.ts', '--lesson', lesson, '--site', build.outDir],
        { cwd: projectRoot, encoding: 'utf8' },
      );
      expect(verify.status, verify.stdout + verify.stderr).toBe(0);
      expect(verify.stdout).toMatch(/0 errors, 0 warnings/);
      expect(existsSync(join(build.outDir, 'instructor/index.html'))).toBe(true);
    });
  }

  it('embeds: the built page loads nothing from another site; its frames wait for a click', () => {
    const build = built('embeds');
    expect(build.status, build.output).toBe(0);
    const page = fromHtml(readFileSync(join(build.outDir, 'embeds/index.html'), 'utf8'));
    const loads: string[] = [];
    const placeholders: string[] = [];
    const visit = (node: Nodes) => {
      if (node.type === 'element') {
        const { src, href, poster, data, dataPlayer } = node.properties;
        for (const url of [src, poster, data, node.tagName === 'link' ? href : undefined])
          if (typeof url === 'string') loads.push(url);
        if (typeof dataPlayer === 'string') placeholders.push(dataPlayer);
      }
      if ('children' in node) node.children.forEach(visit);
    };
    visit(page);
    // The remote <video> has preload="none": its file loads when the learner presses play.
    expect(loads.filter((url) => /^(https?:)?\/\//.test(url))).toEqual([
      'https://media.example.org/demo.mp4',
      'https://media.example.org/talk.mp3',
    ]);
    expect(loads).toContain('/files/demo.html');
    expect(placeholders.map((url) => new URL(url).hostname)).toEqual([
      'www.youtube-nocookie.com',
      'player.vimeo.com',
      'giphy.com',
      'docs.google.com',
      'files.example.org',
    ]);
  });

  it('styles-mini: theme pages replaced, Liquid resolved, files published', () => {
    const build = built('styles-mini');
    expect(build.status, build.output).toBe(0);
    const about = readFileSync(join(build.outDir, 'about/index.html'), 'utf8');
    expect(about).toContain('class="about-box"');
    expect(readFileSync(join(build.outDir, 'figures/index.html'), 'utf8')).not.toContain(
      'window.onload',
    );
    expect(existsSync(join(build.outDir, 'files/data.txt'))).toBe(true);
    expect(existsSync(join(build.outDir, 'fig/staging.svg'))).toBe(true);
    const guide = readFileSync(join(build.outDir, 'instructor-notes/index.html'), 'utf8');
    expect(guide).toContain('href="/01-first/"');
    expect(build.output).toContain(
      '_episodes/01-first.md:89  warning  attribute list {: language-bash} has no dot; read as the class .language-bash  (kramdown/ial-without-dot)',
    );
  });

  it("styles-mini: setup's relative URLs resolve as on Jekyll's /setup.html, in both views", () => {
    const build = built('styles-mini');
    for (const page of ['setup/index.html', 'instructor/setup/index.html']) {
      const tree = fromHtml(readFileSync(join(build.outDir, page), 'utf8'));
      const urls: string[] = [];
      visit(tree, 'element', (e: Element) => {
        for (const url of [e.properties.href, e.properties.src])
          if (typeof url === 'string' && /staging|data\.txt/.test(url)) urls.push(url);
      });
      expect(urls, page).toEqual(['/files/data.txt', '/files/data.txt', '/fig/staging.svg']);
    }
    // Jekyll's address of the page still leads to it.
    expect(existsSync(join(build.outDir, 'setup.html'))).toBe(true);
  });

  it('workbench-mini: old addresses, linked files and setup anchors as sandpaper had them', () => {
    const build = built('workbench-mini');
    for (const old of ['intro.html', 'setup.html', 'instructor/intro.html', 'images.html'])
      expect(existsSync(join(build.outDir, old)), old).toBe(true);
    // A file at the top of the lesson, published because the home page links to it.
    expect(readFileSync(join(build.outDir, 'AUTHORS'), 'utf8')).toBe('Fixture Author\n');
    const intro = readFileSync(join(build.outDir, 'intro/index.html'), 'utf8');
    expect(intro).toContain('href="../setup/#windows"');
    const aio = readFileSync(join(build.outDir, 'aio/index.html'), 'utf8');
    expect(aio).toContain('href="#intro-why-a-terminal"');
  });
});
