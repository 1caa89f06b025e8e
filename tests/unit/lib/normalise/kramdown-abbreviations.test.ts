import { describe, expect, it } from 'vitest';
import { renderPage } from '../../../helpers/render.ts';

/**
 * kramdown's abbreviations (`*[LHC]: Large Hadron Collider`) in a styles page, through the whole
 * pipeline. Each expected fragment was checked against Ruby kramdown 2.4.
 */
const render = (markdown: string) => renderPage(markdown, { format: 'styles' });
const lhc = '<abbr title="Large Hadron Collider">LHC</abbr>';

describe('kramdown abbreviations, as Jekyll published them', () => {
  it('the definition publishes nothing; each whole-word use anywhere on the page is marked', async () => {
    const { html, messages } = await render(
      [
        'The LHC ring. LHCb and LHC-like stay, but (LHC) is marked.',
        '',
        '## Inside the LHC',
        '',
        '> A quote about the LHC.',
        '',
        '[The LHC site](https://home.cern) and **LHC**, not `LHC` in code.',
        '',
        '*[LHC]: Large Hadron Collider',
      ].join('\n'),
    );
    expect(html).not.toContain('*[LHC]');
    expect(html).toContain(
      `<p>The ${lhc} ring. LHCb and ${lhc}-like stay, but (${lhc}) is marked.</p>`,
    );
    expect(html).toContain(`Inside the ${lhc}</h2>`);
    expect(html).toContain(`A quote about the ${lhc}.`);
    expect(html).toContain(`The ${lhc} site</a>`);
    expect(html).toContain(`<strong>${lhc}</strong>`);
    expect(html).toContain('<code>LHC</code>');
    expect(messages).toEqual([]);
  });

  it('names of several words, the longest first; quotes in the title escaped', async () => {
    const { html } = await render(
      'Open Data from CMS.\n\n*[Open Data]: Data anyone may "use"\n*[Data]: Facts\n*[CMS]: Compact Muon Solenoid',
    );
    expect(html).toContain(
      '<p><abbr title="Data anyone may &quot;use&quot;">Open Data</abbr> from <abbr title="Compact Muon Solenoid">CMS</abbr>.</p>',
    );
  });

  it('a definition right after a paragraph line is that paragraph’s text, as kramdown reads it', async () => {
    const { html } = await render('The LHC.\n*[LHC]: Large Hadron Collider');
    expect(html).toBe('<p>The LHC.\n*[LHC]: Large Hadron Collider</p>\n');
  });

  it('a definition right after a code block starts a block of its own', async () => {
    const { html } = await render('~~~\nrun it\n~~~\n*[LHC]: Large Hadron Collider\n\nThe LHC.');
    expect(html).toContain(`<p>The ${lhc}.</p>`);
  });

  it('a definition inside a code block is code', async () => {
    const { html } = await render('```\n*[LHC]: Large Hadron Collider\n```\n\nThe LHC.');
    expect(html).toContain('*[LHC]: Large Hadron Collider');
    expect(html).toContain('<p>The LHC.</p>');
  });

  it('a Workbench page keeps the line as text (pandoc has no abbreviations)', async () => {
    const { html } = await renderPage('The LHC.\n\n*[LHC]: Large Hadron Collider', {
      format: 'workbench',
    });
    expect(html).not.toContain('<abbr');
  });
});
