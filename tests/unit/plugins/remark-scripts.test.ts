import { describe, expect, it } from 'vitest';
import { readTitle, renderInlineMarkdown } from '../../../src/plugins/index.ts';
import { renderPage } from '../../helpers/render.ts';

// Each expectation is what Ruby kramdown 2.4 (GFM input, as Jekyll runs it) and pandoc 2.17 (with
// sandpaper's reader extensions) printed for the same line.
const cases: [name: string, markdown: string, styles: string, workbench: string][] = [
  ['a chemical formula', 'H~2~O', 'H~2~O', 'H<sub>2</sub>O'],
  ['a power', 'x^2^ or F^10^', 'x^2^ or F^10^', 'x<sup>2</sup> or F<sup>10</sup>'],
  ['double tildes strike out', 'a ~~typo~~', 'a <del>typo</del>', 'a <del>typo</del>'],
  [
    'home folders',
    'copy ~/a to ~/b, then ~c d~',
    'copy ~/a to ~/b, then ~c d~',
    'copy ~/a to ~/b, then ~c d~',
  ],
  ['a caret span with a space', '2^10 and x^', '2^10 and x^', '2^10 and x^'],
  ['emphasis inside a kept span', '~*a* b~', '~<em>a</em> b~', '~<em>a</em> b~'],
  ['code keeps its marks', '`H~2~O` and `x^2^`', '<code>H~2~O</code>', '<code>x^2^</code>'],
];

describe('tildes and carets, as each toolchain reads them', () => {
  it.each(cases)('styles: %s', async (_name, markdown, styles) => {
    const { html } = await renderPage(markdown, { format: 'styles' });
    expect(html).toContain(styles);
    expect(html).not.toMatch(/<sub>|<sup>/);
  });

  it.each(cases)('workbench: %s', async (_name, markdown, _styles, workbench) => {
    expect((await renderPage(markdown, { format: 'workbench' })).html).toContain(workbench);
  });

  it('kramdown strikes out no single-tilde span', async () => {
    const { html } = await renderPage('run ~/setup.sh, edit ~/.bashrc~', { format: 'styles' });
    expect(html).toContain('<p>run ~/setup.sh, edit ~/.bashrc~</p>');
  });

  it('frontmatter items read them as the body does', () => {
    expect(renderInlineMarkdown('Measure CO~2~ in m^3^', 'workbench')).toBe(
      'Measure CO<sub>2</sub> in m<sup>3</sup>',
    );
    expect(renderInlineMarkdown('Measure CO~2~ in m^3^', 'styles')).toBe('Measure CO~2~ in m^3^');
    expect(renderInlineMarkdown('Back up ~/data and ~/logs~', 'styles')).toBe(
      'Back up ~/data and ~/logs~',
    );
  });
});

describe('readTitle: a page title as its toolchain shows it', () => {
  it('Workbench: Markdown, as pandoc reads the title; text for lists, HTML for the heading', () => {
    expect(readTitle('Documents in **R Markdown**', 'workbench')).toEqual({
      title: 'Documents in R Markdown',
      titleHtml: 'Documents in <strong>R Markdown</strong>',
    });
    expect(readTitle("Pods' logs -- and CO~2~", 'workbench')).toEqual({
      title: 'Pods’ logs – and CO2',
      titleHtml: 'Pods’ logs – and CO<sub>2</sub>',
    });
    expect(readTitle('Running a cluster', 'workbench')).toEqual({ title: 'Running a cluster' });
    expect(readTitle('R & <Python>', 'workbench')).toEqual({ title: 'R & <Python>' });
  });

  it('styles: as written, since Jekyll prints the title unread', () => {
    expect(readTitle('Documents in **R Markdown**', 'styles')).toEqual({
      title: 'Documents in **R Markdown**',
    });
  });
});
