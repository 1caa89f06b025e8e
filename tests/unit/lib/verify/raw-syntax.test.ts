import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  checkRawSyntax,
  findRawSyntax,
  literalLiquid,
} from '../../../../src/lib/verify/raw-syntax.ts';

const site = fileURLToPath(new URL('../../../fixtures/verify/site', import.meta.url));

describe('findRawSyntax', () => {
  const problems = findRawSyntax(readFileSync(`${site}/index.html`, 'utf8'));

  it('reports a kramdown attribute list left in the text, with its line', () => {
    expect(problems).toContainEqual(
      expect.objectContaining({
        token: '{:',
        in: 'text',
        line: 14,
        excerpt: 'Leaked kramdown: {: .challenge}',
      }),
    );
  });

  it('reports syntax in visible attributes such as alt', () => {
    expect(problems).toContainEqual(expect.objectContaining({ token: '{alt=', in: 'alt' }));
  });

  it('ignores code, pre and script', () => {
    expect(problems.map((p) => p.token).sort()).toEqual(['{:', '{alt=']);
  });

  it('finds each family of source syntax', () => {
    const tokens = (text: string) => findRawSyntax(`<p>${text}</p>`).map((p) => p.token);
    expect(tokens('{{ site.title }}')).toEqual(['{{']);
    expect(tokens('::::: challenge')).toEqual([':::']);
    expect(tokens('### Windows {#windows}')).toEqual(['{#']);
    expect(tokens('[span]{.note}')).toEqual(['{.']);
    expect(tokens('```{r plot, fig.cap="A"} ggplot() +')).toEqual(['```{']);
    expect(tokens('plain prose, a set {a, b}, std::map')).toEqual([]);
  });

  it('reports on built files as diagnostics', () => {
    const diagnostics = checkRawSyntax(site);
    expect(diagnostics.map((d) => `${d.file}:${d.line} ${d.rule}`)).toEqual([
      'index.html:14 raw-syntax/leak',
      'index.html:18 raw-syntax/leak',
    ]);
    expect(diagnostics[0]!.message).toBe(
      'a kramdown attribute list ({:) shows as text: "Leaked kramdown: {: .challenge}"',
    );
  });
});

describe('Liquid the author meant to show', () => {
  it('literalLiquid: the Liquid a prepared page still holds', () => {
    expect(
      literalLiquid('Use {{ name }} and {% if %}.\n\nA lone {{ to the end\nnext line'),
    ).toEqual(['{{ name }}', '{% if %}', '{{ to the end']);
  });

  it('Liquid inside a literal is not a leak; the same token elsewhere in the text is', () => {
    const literals = literalLiquid('Use {{ name }} literally.');
    expect(findRawSyntax('<p>Use {{ name }} literally.</p>', literals)).toEqual([]);
    expect(
      findRawSyntax('<p>Use {{ name }} and {{ site.title }}.</p>', literals).map((p) => p.excerpt),
    ).toEqual(['Use {{ name }} and {{ site.title }}.']);
    // A literal Markdown cut short: an autolink took its first braces into the link text.
    expect(
      findRawSyntax(
        '<p><a href="https://x.org/%7B%25">https://x.org/{%</a> endcomment %}</p>',
        literalLiquid('<https://x.org/{%> endcomment %}'),
      ),
    ).toEqual([]);
    // Other source syntax is never excused.
    expect(findRawSyntax('<p>{{ name }} {: .note}</p>', literals).map((p) => p.token)).toEqual([
      '{:',
    ]);
  });
});
