import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { LessonFormat } from '../../src/lib/lesson/types.ts';
import { renderPage } from '../helpers/render.ts';

/**
 * Golden files, found by folder: every `tests/fixtures/golden/<format>/<case>.md` is rendered as
 * an episode body of that format through the whole page pipeline (Liquid, normalisers, the
 * directive tree, every plugin). Its HTML must match `<case>.html` and its diagnostics
 * `<case>.diagnostics.txt`. After a deliberate change of output, `npx vitest run -u` rewrites them:
 * read the diff before committing it. Invariants that must hold whatever a golden says live in
 * the normaliser tests.
 */
const root = new URL('../fixtures/golden/', import.meta.url);

/** Code blocks' colours are the highlighter's business; goldens keep structure and text. */
const withoutHighlightStyles = (html: string) =>
  html.replace(/<pre class="shiki[\s\S]*?<\/pre>/g, (pre) => pre.replace(/ style="[^"]*"/g, ''));

for (const format of ['styles', 'workbench'] as LessonFormat[]) {
  const folder = fileURLToPath(new URL(`${format}/`, root));
  const cases = readdirSync(folder)
    .filter((name) => name.endsWith('.md'))
    .map((name) => name.slice(0, -3))
    .sort();
  describe(`golden: ${format}`, () => {
    it.each(cases)('%s', async (name) => {
      const file = format === 'styles' ? `_episodes/${name}.md` : `episodes/${name}.md`;
      const r = await renderPage(readFileSync(`${folder}${name}.md`, 'utf8'), {
        format,
        file,
        slug: name,
      });
      await expect(withoutHighlightStyles(r.html)).toMatchFileSnapshot(`${folder}${name}.html`);
      const diagnostics = r.diagnostics.map(
        (d) => `${d.line}  ${d.severity}  ${d.rule}  ${d.message}`,
      );
      await expect(`${diagnostics.join('\n')}\n`).toMatchFileSnapshot(
        `${folder}${name}.diagnostics.txt`,
      );
    });
  });
}
