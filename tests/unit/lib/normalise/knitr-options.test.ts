import { describe, expect, it } from 'vitest';
import {
  evaluateR,
  parseChunkHeader,
  parseOptions,
  partitionBodyOptions,
  splitTopLevel,
} from '../../../../src/lib/normalise/knitr-options.ts';
import { selectEntries, splitRExpressions } from '../../../../src/lib/normalise/r-expressions.ts';

describe('parseChunkHeader (knitr: ^[\\t >]*```+\\s*\\{([a-zA-Z0-9]+.*)\\}\\s*$)', () => {
  it.each([
    ['```{r}', { prefix: '', backticks: '```', engine: 'r', params: '' }],
    ['```{r, echo=FALSE}', { prefix: '', backticks: '```', engine: 'r', params: ' echo=FALSE' }],
    [
      '  ````{python label}',
      { prefix: '  ', backticks: '````', engine: 'python', params: 'label' },
    ],
    ['> > ```{r}', { prefix: '> > ', backticks: '```', engine: 'r', params: '' }],
    [
      '```{rdsm-fct-levels}',
      { prefix: '', backticks: '```', engine: 'rdsm', params: '-fct-levels' },
    ],
  ])('%s', (text, expected) => expect(parseChunkHeader(text)).toMatchObject(expected));

  it.each(['```r', '```{.r}', '```{#id}', '``{r}', '```{r} text', 'text ```{r}'])(
    '%s is not a chunk header',
    (text) => expect(parseChunkHeader(text)).toBeUndefined(),
  );
});

describe('evaluateR: literals only', () => {
  it.each([
    ['TRUE', { kind: 'logical', value: true }],
    ['F', { kind: 'logical', value: false }],
    ['NULL', { kind: 'null' }],
    ['"a, b"', { kind: 'character', value: ['a, b'] }],
    ["'it\\'s'", { kind: 'character', value: ["it's"] }],
    ['12L', { kind: 'numeric', value: [12] }],
    ['2:4', { kind: 'numeric', value: [2, 3, 4] }],
    ['-1', { kind: 'numeric', value: [-1] }],
    ['-(1:2)', { kind: 'numeric', value: [-1, -2] }],
    ['c(1, 3:4)', { kind: 'numeric', value: [1, 3, 4] }],
    ['c("a", "b")', { kind: 'character', value: ['a', 'b'] }],
    ['I("a")', { kind: 'character', value: ['a'] }],
  ])('%s', (text, expected) => expect(evaluateR(text)).toEqual(expected));

  it.each(['!is_instructor', 'TRUE & FALSE', 'x', 'c(1, "a")', 'paste("a", b)', 'T || F'])(
    '%s needs R',
    (text) => expect(evaluateR(text)).toEqual({ kind: 'expression', text }),
  );
});

describe('parseOptions (knitr parse_params)', () => {
  it('the unnamed item is the label; strings keep commas and equals signs', () => {
    const parsed = parseOptions(' my-plot, echo=FALSE, fig.cap="x = y, z"');
    expect(parsed.label).toBe('my-plot');
    expect(Object.fromEntries(parsed.options)).toEqual({
      echo: { kind: 'logical', value: false },
      'fig.cap': { kind: 'character', value: ['x = y, z'] },
    });
    expect(parsed.problems).toEqual([]);
  });

  it('label= names the label; == inside a value is not an assignment', () => {
    const parsed = parseOptions('label="a", eval = x == 1');
    expect(parsed.label).toBe('a');
    expect(parsed.options.get('eval')).toEqual({ kind: 'expression', text: 'x == 1' });
  });

  it('splitTopLevel respects quotes and brackets', () => {
    expect(splitTopLevel('a, c(1, 2), "x,y", f(g(1, 2))')).toEqual([
      'a',
      ' c(1, 2)',
      ' "x,y"',
      ' f(g(1, 2))',
    ]);
  });
});

describe('partitionBodyOptions (knitr partition_chunk)', () => {
  it('YAML #| lines, R 1.1 booleans, Quarto fig- names, the blank line after them', () => {
    const parsed = partitionBodyOptions('r', [
      '#| label: fig-one',
      '#| echo: FALSE',
      '#| fig-cap: "A caption"',
      '',
      'plot(1)',
    ]);
    expect(parsed.label).toBe('fig-one');
    expect(parsed.consumed).toBe(4);
    expect(Object.fromEntries(parsed.options)).toEqual({
      echo: { kind: 'logical', value: false },
      'fig.cap': { kind: 'character', value: ['A caption'] },
    });
  });

  it('!expr values are R expressions; invalid YAML is a problem, not a crash', () => {
    expect(
      partitionBodyOptions('r', ['#| echo: !expr show_code', 'x']).options.get('echo'),
    ).toEqual({ kind: 'expression', text: 'show_code' });
    expect(partitionBodyOptions('r', ['#| echo: [1', 'x']).problems[0]!.message).toContain(
      'not valid YAML',
    );
  });

  it('options must start the chunk: a #| line after code is code', () => {
    expect(partitionBodyOptions('r', ['x <- 1', '#| echo: false']).consumed).toBe(0);
  });
});

describe('splitRExpressions', () => {
  it('groups lines into top-level expressions: brackets, trailing operators, pipes, if/function headers', () => {
    const code = [
      'x <- c(1,', // 0
      '       2)', // 1
      'y <- x |>', // 2
      '  sum()', // 3
      '', // 4
      '# a comment', // 5
      'f <- function(a)', // 6
      '  a + 1', // 7
      'if (y > 1) {', // 8
      '  print("}")', // 9
      '}', // 10
      'z <- "multi', // 11
      'line"', // 12
    ];
    expect(splitRExpressions(code)).toEqual([[0, 1], [2, 3], [5], [6, 7], [8, 9, 10], [11, 12]]);
  });

  it('selectEntries: R indexing, 1-based; negative drops; out of range is ignored', () => {
    expect(selectEntries(['a', 'b', 'c'], [2, 3, 9])).toEqual(['b', 'c']);
    expect(selectEntries(['a', 'b', 'c'], [-1])).toEqual(['b', 'c']);
    expect(selectEntries(['a', 'b', 'c'], [1, -1])).toEqual(['a', 'b', 'c']);
  });
});
