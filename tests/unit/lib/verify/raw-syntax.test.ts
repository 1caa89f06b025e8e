import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkRawSyntax, findRawSyntax } from '../../../../src/lib/verify/raw-syntax.ts';

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
