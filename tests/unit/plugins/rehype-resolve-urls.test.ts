import { describe, expect, it } from 'vitest';
import { resolveLanguage } from '../../../src/lib/i18n/resolve.ts';
import { DiagnosticBag } from '../../../src/lib/diagnostics.ts';
import { joinLines, toLines } from '../../../src/lib/normalise/lines.ts';
import { renderLessonMarkdown, renderPrepared } from '../../../src/plugins/index.ts';

const site = (assets?: string[]) => ({
  liftOverview: true,
  strings: resolveLanguage(undefined).strings,
  urls: {
    site: {
      base: '/',
      format: 'workbench' as const,
      pageBySource: new Map<string, string>(),
      pageSlugs: new Set<string>(),
      assets: assets && new Set(assets),
    },
    sourceFile: 'episodes/intro.md',
  },
});

describe('rehype-resolve-urls: images with a -dark variant', () => {
  it('wraps the image in a <picture> whose dark source follows the theme', async () => {
    const { html, data } = await renderLessonMarkdown(
      '![A cluster](fig/cluster.svg)\n',
      site(['fig/cluster.svg', 'fig/cluster-dark.svg']),
    );
    expect(html).toContain(
      '<picture><source srcset="/fig/cluster-dark.svg" media="(prefers-color-scheme: dark)" data-theme-variant="dark"><img src="/fig/cluster.svg" alt="A cluster"></picture>',
    );
    // The figures page lists the image once, by its light version.
    expect(data.images).toEqual([{ src: '/fig/cluster.svg', alt: 'A cluster' }]);
  });

  it('leaves an image without a variant as it is', async () => {
    const { html } = await renderLessonMarkdown(
      '![A cluster](fig/cluster.svg)\n',
      site(['fig/cluster.svg']),
    );
    expect(html).not.toContain('<picture>');
    expect(html).toContain('<img src="/fig/cluster.svg" alt="A cluster">');
  });
});

/** Options for a Workbench episode whose lesson holds these files, its one figure in `episodes/fig/`. */
function withFiles(...lessonFiles: string[]) {
  const options = site();
  const files = {
    published: new Map([['episodes/fig/plot.png', 'fig/plot.png']]),
    atSitePath: new Map([['fig/plot.png', 'episodes/fig/plot.png']]),
    isFile: (path: string) => lessonFiles.includes(path),
  };
  return { ...options, urls: { ...options.urls, site: { ...options.urls.site, files } } };
}

describe('rehype-resolve-urls: the files a page publishes by linking to them', () => {
  it('collects linked lesson files and the lesson paths it looked for in vain', async () => {
    const { html, data } = await renderLessonMarkdown(
      '[authors](../AUTHORS) ![A plot](fig/plot.png) [gone](../notes.txt)\n',
      withFiles('AUTHORS', 'episodes/fig/plot.png'),
    );
    expect(html).toContain('<a href="/AUTHORS">authors</a>');
    expect(data.linkedFiles).toEqual([{ sitePath: 'AUTHORS', lessonFile: 'AUTHORS' }]);
    // A figure the format publishes anyway needs no link to publish it.
    expect(data.missingFiles).toEqual(['notes.txt']);
  });
});

describe('rehype-resolve-urls: a page naming a lesson file that is not there', () => {
  const options = withFiles('episodes/fig/plot.png');

  it("is published as the toolchains published it, with a warning at the author's line", async () => {
    // The body starts on line 5 of the file, below its frontmatter.
    const lines = toLines(
      [
        '![A plot](fig/plot.png)',
        'The new data: counts of events.',
        '![A map](fig/map.png)',
        '',
        'Get [the data](data/counts.csv) or [the notes](../notes.txt) or [new](new).',
        '',
        '![Un café](fig/café.png)',
      ].join('\n'),
      5,
    );
    const markdown = joinLines(lines);
    const bag = new DiagnosticBag('episodes/intro.md');
    const { html } = await renderPrepared(
      { markdown, lines, bodyEnd: markdown.length },
      options,
      bag,
    );
    // Nothing the author wrote goes: the image and the links stay, pointing where they pointed.
    expect(html).toContain('<img src="/fig/map.png" alt="A map">');
    expect(html).toContain('<a href="/data/counts.csv">the data</a>');
    expect(
      bag.items.map(({ rule, severity, line, message }) => ({ rule, severity, line, message })),
    ).toEqual([
      {
        rule: 'images/missing',
        severity: 'warning',
        line: 7,
        message: 'image "fig/map.png" is not in the lesson, so the page shows a broken image',
      },
      {
        rule: 'links/broken',
        severity: 'warning',
        line: 9,
        message: 'link "data/counts.csv" leads to no page or file of the lesson',
      },
      {
        rule: 'links/broken',
        severity: 'warning',
        line: 9,
        message: 'link "../notes.txt" leads to no page or file of the lesson',
      },
      // Found where a link's destination is written, not at the first "new" of the page.
      {
        rule: 'links/broken',
        severity: 'warning',
        line: 9,
        message: 'link "new" leads to no page or file of the lesson',
      },
      {
        rule: 'images/missing',
        severity: 'warning',
        line: 11,
        message: expect.stringMatching(/^image "fig\/caf(é|%C3%A9)\.png" is not in the lesson/),
      },
    ]);
    expect(bag.items[0]!.hint).toBe(
      'Check the spelling and the folder (the page looks for /fig/map.png), or add the image file.',
    );
  });
});
