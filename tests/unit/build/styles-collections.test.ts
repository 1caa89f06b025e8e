import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildLesson } from './astro-build.ts';

/** A styles lesson with the sources Jekyll reads beyond `_episodes/*.md`. */
function lesson(): string {
  const dir = mkdtempSync(join(tmpdir(), 'styles-collections-'));
  const files: Record<string, string> = {
    '_config.yml':
      'title: Collections\ncollections:\n  episodes:\n    output: true\n    permalink: /:path/index.html\n',
    '_episodes/01-intro.md': '---\ntitle: Intro\n---\nThe first episode.\n',
    '_episodes/part2/02-deeper.md': '---\ntitle: Deeper\n---\nAn episode in a subfolder.\n',
    '_episodes/03-notes.markdown': '---\ntitle: Notes\n---\nAn episode named .markdown.\n',
    '_episodes/_draft.md': '---\ntitle: Draft\n---\nNot ready.\n',
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('a styles collection as Jekyll read it', () => {
  it('publishes episodes in subfolders and by every Markdown extension, in path order; skips drafts', () => {
    const build = buildLesson(lesson());
    expect(build.status, build.output).toBe(0);
    const page = (path: string) => readFileSync(join(build.outDir, path), 'utf8');
    expect(page('part2-02-deeper/index.html')).toContain('An episode in a subfolder.');
    expect(page('03-notes/index.html')).toContain('An episode named .markdown.');
    // Jekyll's address of the subfolder episode leads to it.
    expect(page('part2/02-deeper/index.html')).toContain('/part2-02-deeper/');
    expect(existsSync(join(build.outDir, '_draft/index.html'))).toBe(false);
    // The schedule lists them in Jekyll's order: by path.
    const home = page('index.html');
    const order = ['Intro', 'Notes', 'Deeper'].map((title) => home.indexOf(`>${title}</a>`));
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });
});
