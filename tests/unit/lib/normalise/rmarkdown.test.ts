import { describe, expect, it } from 'vitest';
import { DiagnosticBag, formatDiagnostic } from '../../../../src/lib/diagnostics.ts';
import { readLessonFile } from '../../../../src/lib/lesson/lesson-files.ts';
import { joinLines, toLines } from '../../../../src/lib/normalise/lines.ts';
import {
  normaliseRmarkdown,
  type RmarkdownContext,
} from '../../../../src/lib/normalise/rmarkdown.ts';
import { makeLessonDir } from '../../../helpers/lesson-dir.ts';

/** Knit `source` (an episode body) the way the build does; `dir` lends it lesson files. */
function knit(source: string, options: { dir?: string; file?: string; firstLine?: number } = {}) {
  const file = options.file ?? 'episodes/plots.Rmd';
  const bag = new DiagnosticBag(file);
  const context: RmarkdownContext = { file, bag };
  if (options.dir) context.readFile = (path) => readLessonFile(options.dir!, path);
  const result = normaliseRmarkdown(toLines(source, options.firstLine), context);
  return {
    ...result,
    text: joinLines(result.lines),
    messages: bag.items.map((d) => formatDiagnostic(d)),
  };
}

describe('chunk headers, read as knitr reads them', () => {
  it.each([
    ['```{r}', '```r'],
    ['```{r label, echo=TRUE, class.source="a, b = c"}', '```r'],
    ['```{r, eval = FALSE}', '```r'],
    ['```{R}', '```r'],
    ['```{python}', '```python'],
    ['```{bash}', '```bash'],
    ['```{r, engine="sh"}', '```sh'],
    ["```{r, engine='bash'}", '```bash'],
    ['```{Rscript}', '```r'],
    ['```{r}  ', '```r'],
  ])('%s opens a chunk shown as %s', (header, fence) => {
    const { text, messages } = knit(`${header}\nx <- 1\n\`\`\`\n`);
    expect(text).toBe(`${fence}\nx <- 1\n\`\`\`\n`);
    expect(messages).toEqual([]);
  });

  it('a plain fence, a pandoc attribute fence and a header with text after it are not chunks', () => {
    const source = "```r\na\n```\n\n```{.python}\nb\n```\n\n```{r}`r ''`\nc\n```\n";
    const { text, chunks } = knit(source);
    expect(chunks).toEqual([]);
    expect(text).toBe('```r\na\n```\n\n```{.python}\nb\n```\n\n```{r}\nc\n```\n');
  });

  it('every line keeps its author line number; the rewritten header keeps its own', () => {
    const { lines } = knit('Intro.\n\n```{r setup}\nlibrary(x)\n```\n\nAfter.\n', {
      firstLine: 10,
    });
    expect(lines.map((l) => [l.line, l.text])).toEqual([
      [10, 'Intro.'],
      [11, ''],
      [12, '```r'],
      [13, 'library(x)'],
      [14, '```'],
      [15, ''],
      [16, 'After.'],
      [17, ''],
    ]);
  });

  it('a chunk inside a list item keeps its indentation, and so does its code', () => {
    const { text } = knit('1. Run this:\n\n   ```{r}\n   x <- 1\n   ```\n\n2. Then this.\n');
    expect(text).toBe('1. Run this:\n\n   ```r\n   x <- 1\n   ```\n\n2. Then this.\n');
  });

  it('a chunk inside a blockquote callout keeps its markers; a hidden one leaves a quoted blank', () => {
    const source =
      '> ## Try\n> ```{r}\n> 1 + 1\n> ```\n> > ```{r, echo=FALSE}\n> > 2\n> > ```\n> Done.\n';
    expect(knit(source).text).toBe('> ## Try\n> ```r\n> 1 + 1\n> ```\n> >\n> Done.\n');
  });

  it('a four-backtick chunk holds three-backtick lines, and a chunk header in it is only code', () => {
    const source = '````{r}\nx <- "\n```{r}\n```\n"\n````\n';
    const { text, chunks } = knit(source);
    expect(chunks).toHaveLength(1);
    expect(text).toBe('````r\nx <- "\n```{r}\n```\n"\n````\n');
  });

  it('a fence in the code longer than the chunk fence lengthens the output fence', () => {
    const { text } = knit('```{verbatim}\n````\n```\n');
    expect(text).toBe('`````\n````\n`````\n');
  });

  it('{rdsm-fct-levels}: knitr reads engine "rdsm", shows the code unrun and warns; so do we', () => {
    const { text, messages, chunks } = knit('Levels:\n```{rdsm-fct-levels}\nlevels(f)\n```\n', {
      firstLine: 60,
    });
    expect(text).toBe('Levels:\n```rdsm\nlevels(f)\n```\n');
    expect(chunks).toEqual([
      { line: 61, label: '-fct-levels', engine: 'rdsm', shown: 'code', figures: 0 },
    ]);
    expect(messages).toEqual([
      'episodes/plots.Rmd:61  warning  chunk {rdsm-fct-levels}: knitr has no "rdsm" engine, so it showed this code without running it, and so does this page  (rmd/unknown-engine)\n    hint: Did you mean ```{r dsm-fct-levels}? An R chunk is ```{r label}, with a space after r.',
    ]);
  });

  it('{yaml}: an unknown engine that is only shown gets a hint to drop the braces', () => {
    const { text, messages } = knit('```{yaml}\ntitle: x\n```\n');
    expect(text).toBe('```yaml\ntitle: x\n```\n');
    expect(messages[0]).toContain(
      'hint: For code that is only shown, write ```yaml without braces.',
    );
  });

  it('a chunk that never closes runs to the end of the page, with a warning at its header', () => {
    const { text, messages } = knit('Text.\n```{r}\nx <- 1\n\nMore text.\n');
    expect(text).toBe('Text.\n```r\nx <- 1\n\nMore text.\n\n```');
    expect(messages).toEqual([
      'episodes/plots.Rmd:2  warning  code chunk ```{r} is never closed, so everything after it is its code, as knitr reads it  (rmd/unclosed-chunk)\n    hint: Close the chunk with a line of ``` after its code.',
    ]);
  });

  it('a chunk not closed before the next header of its kind ends there (knitr), with a warning', () => {
    const { text, messages } = knit('```{r a}\nx <- 1\n```{r b}\ny <- 2\n```\nText.\n');
    expect(text).toBe('```r\nx <- 1\n```\n```r\ny <- 2\n```\nText.\n');
    expect(messages).toEqual([
      'episodes/plots.Rmd:1  warning  code chunk ```{r a} is not closed before the next chunk (line 3), so knitr ends it there  (rmd/unclosed-chunk)\n    hint: Close the chunk with a line of ``` after its code.',
    ]);
  });

  it('a closing fence of another length ends the chunk only when no exact one follows (knitr)', () => {
    const exactLater = knit('````{r}\na\n```\nb\n````\n');
    expect(exactLater.text).toBe('````r\na\n```\nb\n````\n');
    expect(exactLater.messages).toEqual([]);
    const onlyInexact = knit('````{r}\na\n```\n\nText.\n');
    expect(onlyInexact.text).toBe('````r\na\n````\n\nText.\n');
    expect(onlyInexact.messages[0]).toContain('(rmd/fence-mismatch)');
  });
});

describe('chunk options', () => {
  it('include=FALSE shows nothing: the chunk becomes one blank line, as knitr leaves it', () => {
    const { text, chunks } = knit(
      'Before.\n```{r setup, include=FALSE}\nsource("setup.R")\n```\nAfter.\n',
    );
    expect(text).toBe('Before.\n\nAfter.\n');
    expect(chunks[0]).toMatchObject({ label: 'setup', shown: 'hidden' });
  });

  it.each(['echo=FALSE', 'echo=F', 'echo = FALSE', 'include=F'])(
    '%s hides the code (there is no output to show)',
    (option) => {
      expect(knit(`\`\`\`{r, ${option}}\nplot(x)\n\`\`\`\n`).text).toBe('\n');
    },
  );

  it.each(['eval=FALSE', "results='hide'", 'results="asis"', 'purl=FALSE', 'message=FALSE'])(
    '%s leaves the code shown',
    (option) => {
      expect(knit(`\`\`\`{r, ${option}}\nx <- 1\n\`\`\`\n`).text).toBe('```r\nx <- 1\n```\n');
    },
  );

  it('an R expression as a value: knitr default, and a warning at the line', () => {
    const { text, messages } = knit('Intro.\n```{r, echo=!is_instructor}\nx <- 1\n```\n');
    expect(text).toBe('Intro.\n```r\nx <- 1\n```\n');
    expect(messages).toEqual([
      "episodes/plots.Rmd:2  warning  chunk option echo=!is_instructor needs R to evaluate, and R is not run here; knitr's default (TRUE) is used instead  (rmd/option-expression)\n    hint: Write echo=TRUE or echo=FALSE if the page should not depend on R.",
    ]);
    const both = knit('```{r, eval=TRUE & FALSE, fig.cap="A plot"}\nplot(1)\n```\n');
    expect(both.messages[0]).toContain('chunk option eval=TRUE & FALSE needs R to evaluate');
    expect(both.text).toContain('A plot');
  });

  it('an option that changes nothing on the page is not reported, whatever its value', () => {
    expect(knit('```{r, fig.width=w * 2, dpi=my_dpi}\nx\n```\n').messages).toEqual([]);
  });

  it('Quarto-style #| options at the top of the chunk: read, and not shown as code', () => {
    const { text, chunks } = knit(
      '```{r}\n#| label: load-show\n#| eval: false\n\nlibrary(x)\n```\n\n```{r}\n#| label: load-hide\n#| echo: FALSE\nlibrary(x)\n```\n',
    );
    expect(text).toBe('```r\nlibrary(x)\n```\n\n\n');
    expect(chunks.map((c) => [c.label, c.shown])).toEqual([
      ['load-show', 'code'],
      ['load-hide', 'hidden'],
    ]);
  });

  it("#| options in knitr's own name = value form, over several lines", () => {
    const { text } = knit('```{r}\n#| label = "a",\n#| echo = FALSE\nx\n```\n');
    expect(text).toBe('\n');
  });

  it("#| lines use the engine's comment character (// for js), or #| when those are absent", () => {
    expect(knit('```{js}\n//| echo: false\nx()\n```\n').text).toBe('\n');
    expect(knit('```{js}\n#| echo: false\nx()\n```\n').text).toBe('\n');
  });

  it('echo=2:3 shows those top-level expressions of R code that runs (multi-line ones whole)', () => {
    const source =
      '```{r, echo=2:3}\nold <- setwd(tmp)\nresult <- compute(a,\n                  b)\nprint(result)\nsetwd(old)\n```\n';
    expect(knit(source).text).toBe(
      '```r\nresult <- compute(a,\n                  b)\nprint(result)\n```\n',
    );
  });

  it('#| echo: [2] (YAML list) and echo=-1 (leave out the first)', () => {
    expect(knit('```{r}\n#| echo: [2]\npushd(dir)\ntar_make()\npopd()\n```\n').text).toBe(
      '```r\ntar_make()\n```\n',
    );
    expect(knit('```{r, echo=-1}\nset.seed(1)\nx <- rnorm(5)\n```\n').text).toBe(
      '```r\nx <- rnorm(5)\n```\n',
    );
  });

  it('with eval=FALSE, a numeric echo selects lines, as knitr does', () => {
    expect(knit('```{r, eval=FALSE, echo=2}\nf(a,\n  b)\n```\n').text).toBe('```r\n  b)\n```\n');
  });

  it('knitr::opts_chunk$set(echo = FALSE) in a chunk that runs hides the code of later chunks', () => {
    const { text } = knit(
      '```{r}\nknitr::opts_chunk$set(\n  echo = FALSE,\n  message = FALSE\n)\n```\n\n```{r}\nhidden()\n```\n\n```{r, echo=TRUE}\nshown()\n```\n',
    );
    expect(text).toBe(
      '```r\nknitr::opts_chunk$set(\n  echo = FALSE,\n  message = FALSE\n)\n```\n\n\n\n```r\nshown()\n```\n',
    );
  });

  it('opts_chunk$set in the usual hidden setup chunk applies too; an R value there is reported', () => {
    const { text, messages } = knit(
      '```{r setup, include=FALSE}\nknitr::opts_chunk$set(echo = FALSE, eval = run_all)\n```\n```{r}\nhidden()\n```\n',
    );
    expect(text).toBe('\n\n');
    expect(messages).toEqual([
      "episodes/plots.Rmd:1  warning  chunk option eval=run_all needs R to evaluate, and R is not run here; knitr's default (TRUE) is used instead  (rmd/option-expression)\n    hint: Write eval=TRUE or eval=FALSE if the page should not depend on R.",
    ]);
  });

  it('a repeated label is a warning (knitr stops there); the page still renders', () => {
    const { text, messages } = knit('```{r a}\n1\n```\n```{r a}\n2\n```\n');
    expect(text).toBe('```r\n1\n```\n```r\n2\n```\n');
    expect(messages[0]).toContain('chunk label "a" is used by an earlier chunk too');
  });

  it('two unnamed items: the extra one is reported, the rest of the options still apply', () => {
    const { text, messages } = knit('```{r a, b, echo=FALSE}\n1\n```\n');
    expect(text).toBe('\n');
    expect(messages[0]).toContain('"b" is not an option of the form name=value');
  });
});

describe('figures: fig.cap and fig.alt', () => {
  it('a hidden plot chunk leaves its caption and alt text in a figure note', () => {
    const { text, chunks } = knit(
      '```{r map, echo=FALSE, fig.cap="Plots of the study site.", fig.alt="Three green squares on a grey map."}\nplot(site)\n```\n',
    );
    expect(text).toBe(
      [
        '',
        ':::figure-placeholder',
        'Plots of the study site.',
        '',
        'Three green squares on a grey map.',
        '',
        '',
        ':::',
        '',
        '',
      ].join('\n'),
    );
    expect(chunks[0]).toMatchObject({ shown: 'hidden', figures: 1 });
  });

  it('shown code is followed by the note; alt text equal to the caption is said once', () => {
    const { text } = knit('```{r, fig.cap="Growth", fig.alt="Growth"}\nplot(g)\n```\n');
    expect(text).toContain('```r\nplot(g)\n```\n\n:::figure-placeholder');
    expect(text.match(/Growth/g)).toHaveLength(1);
  });

  it('a figure that would not be drawn has no note: eval=FALSE, include=FALSE, fig.show="hide"', () => {
    for (const option of ['eval=FALSE', 'include=FALSE', 'fig.show="hide"'])
      expect(knit(`\`\`\`{r, ${option}, fig.cap="Cap"}\nplot(1)\n\`\`\`\n`).text).not.toContain(
        'Cap',
      );
  });

  it('Quarto spelling #| fig-cap, and one note per caption of a vector', () => {
    const quarto = knit('```{r}\n#| echo: false\n#| fig-cap: "Yearly totals"\nplot(t)\n```\n');
    expect(quarto.text).toContain('Yearly totals');
    const two = knit('```{r, echo=FALSE, fig.cap=c("Left", "Right")}\nplot(a)\nplot(b)\n```\n');
    expect(two.chunks[0]!.figures).toBe(2);
    expect(two.text.match(/:::figure-placeholder/g)).toHaveLength(2);
  });

  it('in a blockquote, the note keeps the quote markers', () => {
    const { text } = knit('> ```{r, echo=FALSE, fig.cap="Cap"}\n> plot(1)\n> ```\n{: .callout}\n');
    expect(
      text
        .split('\n')
        .slice(0, -2)
        .every((l) => l.startsWith('>')),
    ).toBe(true);
  });
});

describe('code from elsewhere: ref.label, code=, knit_code', () => {
  it('ref.label shows the code of the referenced chunk, even one further down, at its lines', () => {
    const { lines, text } = knit(
      '```{r again, ref.label="make-plot", echo=TRUE}\n```\n\nText.\n\n```{r make-plot, include=FALSE}\nplot(x)\n```\n',
    );
    expect(text).toBe('```r\nplot(x)\n```\n\nText.\n\n\n');
    expect(lines[1]).toEqual({ text: 'plot(x)', line: 7 });
  });

  it('ref.label=c("a", "b") joins both; a missing label is a warning', () => {
    const { text, messages } = knit(
      '```{r a}\nx <- 1\n```\n```{r b}\ny <- 2\n```\n```{r, ref.label=c("a", "b", "c")}\n```\n',
    );
    expect(text.endsWith('```r\nx <- 1\ny <- 2\n```\n')).toBe(true);
    expect(messages[0]).toContain(
      'ref.label names chunk "c", but no chunk with code has that label',
    );
  });

  it('ref.label = knitr::all_labels() shows every chunk\'s code (the "all code" appendix)', () => {
    const { text } = knit(
      '```{r a}\nx <- 1\n```\n```{r b}\ny <- 2\n```\n```{r, ref.label=knitr::all_labels(), eval=FALSE}\n```\n',
    );
    expect(text.endsWith('```r\nx <- 1\ny <- 2\n```\n')).toBe(true);
  });

  it('code = readLines("file")[2:3], code = knitr::knit_code$get("a"), and c(…) of those', () => {
    const dir = makeLessonDir({ 'episodes/files/plan.R': 'library(x)\nf <- 1\ng <- 2\n' });
    const { text, messages } = knit(
      '```{r a}\nshow()\n```\n\n```{r}\n#| eval = FALSE,\n#| code = readLines("files/plan.R")[2:3]\n```\n\n```{r, code=knitr::knit_code$get("a")}\n```\n\n```{r, code=c("# start", readLines(\'files/plan.R\')[1])}\n```\n',
      { dir },
    );
    expect(messages).toEqual([]);
    expect(text).toBe(
      '```r\nshow()\n```\n\n```r\nf <- 1\ng <- 2\n```\n\n```r\nshow()\n```\n\n```r\n# start\nlibrary(x)\n```\n',
    );
  });

  it('code = readLines of a missing file: a warning, and the chunk shows its own (empty) code', () => {
    const dir = makeLessonDir({ 'episodes/x.Rmd': '' });
    const { text, messages } = knit('```{r, code=readLines("gone.R")}\n```\n', { dir });
    expect(text).toBe('\n');
    expect(messages[0]).toContain('code="gone.R": there is no file episodes/gone.R in the lesson');
  });
});

describe('child documents', () => {
  it('child="file.Rmd" brings in the child\'s text, knitted, relative to the page', () => {
    const dir = makeLessonDir({
      'episodes/parts/intro.Rmd':
        'Shared *intro* with `r n` items.\n\n```{r, echo=FALSE}\nhidden()\n```\n',
    });
    const { text, lines, chunks } = knit(
      'Before.\n\n```{r, child="parts/intro.Rmd"}\n```\n\nAfter.\n',
      {
        dir,
      },
    );
    expect(text).toBe('Before.\n\nShared *intro* with `n` items.\n\n\n\nAfter.\n');
    // The child's lines point at the chunk that includes them.
    expect(lines.find((l) => l.text.startsWith('Shared'))!.line).toBe(3);
    expect(chunks.map((c) => c.shown)).toEqual(['child', 'hidden']);
  });

  it("the including chunk's options are the child's defaults (knit_child), eval=FALSE skips it", () => {
    const dir = makeLessonDir({ 'episodes/c.Rmd': '```{r}\nx\n```\n' });
    expect(knit('```{r, child="c.Rmd", echo=FALSE}\n```\n', { dir }).text).toBe('\n');
    expect(knit('```{r, child="c.Rmd", eval=FALSE}\n```\n', { dir }).text).toBe('\n');
  });

  it('a missing child, a child outside the lesson and a child that includes itself: warnings', () => {
    const dir = makeLessonDir({ 'episodes/self.Rmd': '```{r, child="self.Rmd"}\n```\nSelf.\n' });
    const missing = knit('```{r, child="nope.Rmd"}\n```\n', { dir });
    expect(missing.messages).toEqual([
      'episodes/plots.Rmd:1  warning  child="nope.Rmd": there is no file episodes/nope.Rmd in the lesson, so nothing is included  (rmd/missing-file)\n    hint: Paths in child= are relative to the folder of episodes/plots.Rmd.',
    ]);
    const outside = knit('```{r, child="../../secret.Rmd"}\n```\n', { dir });
    expect(outside.messages[0]).toContain('cannot be read: it links outside the lesson');
    const loop = knit('```{r, child="self.Rmd"}\n```\n', { dir, file: 'episodes/self.Rmd' });
    expect(loop.text).toBe('\n');
    expect(loop.messages[0]).toContain('(rmd/child-loop)');
  });

  it("child = sandpaper::template_links() is the lesson's links.md, which every page has already", () => {
    const { text, messages } = knit(
      'Text.\n\n```{r links, child = sandpaper::template_links()}\n```\n',
    );
    expect(text).toBe('Text.\n\n\n');
    expect(messages).toEqual([]);
  });
});

describe('engines that are not code', () => {
  it('{verbatim, lang = "markdown"} is shown as written, chunk headers and inline R included', () => {
    const source =
      '````{verbatim, lang = "markdown"}\n```{r}\nprint("hi")\n```\nIt is `r 1 + 1`.\n````\n';
    const { text, chunks } = knit(source);
    expect(text).toBe('````markdown\n```{r}\nprint("hi")\n```\nIt is `r 1 + 1`.\n````\n');
    expect(chunks).toHaveLength(1);
  });

  it('{asis} is Markdown text; {comment} shows nothing', () => {
    expect(knit('```{asis}\nSome **bold** text.\n```\n').text).toBe('Some **bold** text.\n');
    expect(knit('```{comment}\nnotes to self\n```\n').text).toBe('\n');
  });
});

describe('inline R', () => {
  it('`r x` and `r 1+1` become inline code of the expression; never the raw `r', () => {
    const { text } = knit('There are `r nrow(df)` rows and `r 1+1` columns.\n');
    expect(text).toBe('There are `nrow(df)` rows and `1+1` columns.\n');
  });

  it("a string literal is its text (`r ''` writes a literal chunk header), a number itself", () => {
    expect(knit("```{r}`r ''`\n1 + 1\n```\n").text).toBe('```{r}\n1 + 1\n```\n');
    // The doubled backticks leave one on each side: a code span showing inline R syntax.
    expect(knit('Use ``` ``r "r round(x, 2)"`` ``` inline; pi is about `r 3.14`.\n').text).toBe(
      'Use ``` `r round(x, 2)` ``` inline; pi is about 3.14.\n',
    );
  });

  it('inline R inside TeX math is shown in the formula as \\texttt, its own $ escaped', () => {
    const { text } = knit(
      'A $`r nrow(m)` \\\\times `r ncol(m)`$ matrix, $df = `r fit$df`$ and $p=`r 0.05`$;\n' +
        'outside math `r fit$df` is code, and $5 is money.\n',
    );
    expect(text).toBe(
      'A $\\texttt{nrow(m)} \\\\times \\texttt{ncol(m)}$ matrix, $df = \\texttt{fit\\$df}$ and $p=0.05$;\n' +
        'outside math `fit$df` is code, and $5 is money.\n',
    );
  });

  it('inline R spanning two lines keeps both lines', () => {
    const { lines } = knit('Total: `r sum(a,\nb)` items.\n');
    expect(lines.map((l) => l.text)).toEqual(['Total: `sum(a,', 'b)` items.', '']);
  });

  it('inline code that is not R (`rm -rf`, `r`) is left alone; chunk code is never touched', () => {
    const source = 'Run `rm -rf x` or `r`.\n```{r}\ny <- "`r x`"\n```\n';
    expect(knit(source).text).toBe('Run `rm -rf x` or `r`.\n```r\ny <- "`r x`"\n```\n');
  });
});
