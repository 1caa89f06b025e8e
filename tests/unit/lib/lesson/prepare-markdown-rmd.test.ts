import { describe, expect, it } from 'vitest';
import { renderPage } from '../../../helpers/render.ts';

/** An R Markdown episode as the build renders it: knitr's view of chunks, then the usual pipeline. */
const renderRmd = (body: string, format: 'workbench' | 'styles' = 'workbench') =>
  renderPage(body, {
    format,
    file: format === 'workbench' ? 'episodes/01-page.Rmd' : '_episodes_rmd/01-page.Rmd',
  });

const episode = [
  '```{r setup, include=FALSE}',
  'source("setup.R")',
  '```',
  '',
  'We have `r nrow(gapminder)` rows.',
  '',
  '```{r plot-gdp, echo=FALSE, fig.cap="GDP per capita over time.", fig.alt="Lines rising."}',
  'ggplot(gapminder, aes(year, gdpPercap)) + geom_line()',
  '```',
  '',
  '```{r, eval=FALSE}',
  'install.packages("ggplot2")',
  '```',
  '',
].join('\n');

describe('an .Rmd page through the whole pipeline', () => {
  it('hidden chunks are gone, shown ones are R code blocks, inline R is code, captions stay', async () => {
    const { html, diagnostics } = await renderRmd(episode);
    expect(html).not.toContain('source(');
    expect(html).not.toContain('ggplot(');
    expect(html).not.toMatch(/\{r|`r /);
    expect(html).toContain('<p>We have <code>nrow(gapminder)</code> rows.</p>');
    expect(html).toContain('<p class="code-label">r</p>');
    expect(html).toContain('install.packages');
    expect(html).toContain(
      '<div class="figure-placeholder"><p class="figure-placeholder-label">Figure not drawn: its code is not run on this site</p><p>GDP per capita over time.</p><p>Lines rising.</p></div>',
    );
    expect(diagnostics).toEqual([]);
  });

  it('a styles _episodes_rmd page: chunks inside kramdown callouts, hidden ones leave the callout whole', async () => {
    const { html } = await renderRmd(
      [
        '> ## Challenge',
        '>',
        '> ```{r, eval=FALSE}',
        '> paste("a", "b")',
        '> ```',
        '>',
        '> > ## Solution',
        '> >',
        '> > ```{r, echo=FALSE}',
        '> > paste("a", "b")',
        '> > ```',
        '> {: .solution}',
        '{: .challenge}',
        '',
      ].join('\n'),
      'styles',
    );
    expect(html.match(/paste/g)).toHaveLength(1);
    expect(html).toContain('data-kind="challenge"');
    expect(html).toContain('data-kind="solution"');
    expect(html).not.toContain('{:');
  });

  it('a plain .md page is not knitted: `r x` and {r} stay as written', async () => {
    const { html } = await renderPage('Value `r x`.\n\n```{r, echo=FALSE}\nhidden()\n```\n', {
      format: 'workbench',
      file: 'episodes/01-page.md',
    });
    expect(html).toContain('<code>r x</code>');
    // Not hidden as knitr would; and pandoc reads no code block from that info string, but inline
    // code up to the closing fence, which the Workbench site showed.
    expect(html).toContain('<p><code>{r, echo=FALSE} hidden()</code></p>');
  });
});
