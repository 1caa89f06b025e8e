import { describe, expect, it } from 'vitest';
import { resolveLanguage } from '../../../src/lib/i18n/resolve.ts';
import { renderLessonMarkdown } from '../../../src/plugins/index.ts';

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

describe('rehype-resolve-urls: the files a page publishes by linking to them', () => {
  it('collects linked lesson files and the lesson paths it looked for in vain', async () => {
    const lessonFiles = new Set(['AUTHORS', 'episodes/fig/plot.png']);
    const { html, data } = await renderLessonMarkdown(
      '[authors](../AUTHORS) ![A plot](fig/plot.png) [gone](../notes.txt)\n',
      {
        liftOverview: true,
        strings: resolveLanguage(undefined).strings,
        urls: {
          site: {
            base: '/',
            format: 'workbench',
            pageBySource: new Map<string, string>(),
            pageSlugs: new Set<string>(),
            files: {
              published: new Map([['episodes/fig/plot.png', 'fig/plot.png']]),
              atSitePath: new Map([['fig/plot.png', 'episodes/fig/plot.png']]),
              isFile: (path: string) => lessonFiles.has(path),
            },
          },
          sourceFile: 'episodes/intro.md',
        },
      },
    );
    expect(html).toContain('<a href="/AUTHORS">authors</a>');
    expect(data.linkedFiles).toEqual([{ sitePath: 'AUTHORS', lessonFile: 'AUTHORS' }]);
    // A figure the format publishes anyway needs no link to publish it.
    expect(data.missingFiles).toEqual(['notes.txt']);
  });
});
