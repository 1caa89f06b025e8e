import { describe, expect, it } from 'vitest';
import { checkNothingLost } from '../../../../src/lib/verify/nothing-lost.ts';
import { renderPage } from '../../../helpers/render.ts';

const page = [
  '# Raw blocks {#raw}',
  '',
  '## The `ls` Command',
  '',
  'Setext Head',
  '-----------',
  '',
  'See [Raw blocks], [the ls command][The `ls` command], [setext head][] and [Nope].',
  '',
  '[Raw blocks]: https://example.org',
  '',
  '# Dup',
  '',
  '# Dup',
  '',
  '[Dup]',
  '',
].join('\n');

describe('pandoc implicit header references (Workbench)', () => {
  it('links a heading by its text, as pandoc 2.17 does', async () => {
    const { html, diagnostics } = await renderPage(page, { format: 'workbench' });
    expect(diagnostics).toEqual([]);
    // pandoc 2.17: an explicit definition wins, labels ignore case, the later of two headings
    // of one text is the target, and a label no heading has stays text.
    expect(html).toContain(
      '<p>See <a href="https://example.org">Raw blocks</a>, <a href="#the-ls-command">the ls command</a>, <a href="#setext-head">setext head</a> and [Nope].</p>',
    );
    expect(html).toContain('<p><a href="#dup-1">Dup</a></p>');
  });

  it('lets the lesson’s links.md define a heading’s label first', async () => {
    const { html } = await renderPage('## Setup\n\nSee [Setup].\n', {
      format: 'workbench',
      links: '[Setup]: https://example.org/setup\n',
    });
    expect(html).toContain('<a href="https://example.org/setup">Setup</a>');
  });

  it('reads no heading in code, and leaves styles lessons alone', async () => {
    const code = await renderPage('```\n# Not a heading\n```\n\nSee [Not a heading].\n', {
      format: 'workbench',
    });
    expect(code.html).toContain('See [Not a heading].');
    const styles = await renderPage('## Setup\n\nSee [Setup].\n', { format: 'styles' });
    expect(styles.html).toContain('See [Setup].');
  });

  it('is read by the independent check as the link text the page shows', () => {
    const check = (html: string) =>
      checkNothingLost({
        file: 'episodes/e.md',
        body: '## Setup\n\nSee [Setup] first.\n',
        bodyLine: 1,
        html,
      });
    expect(
      check('<main><h2>Setup</h2><p>See <a href="#setup">Setup</a> first.</p></main>'),
    ).toEqual([]);
    expect(check('<main><h2>Setup</h2><p>See first.</p></main>')).toHaveLength(1);
  });
});
