import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { resolveLanguage } from '../../../src/lib/i18n/resolve.ts';
import { markdownFeatures } from '../../../src/plugins/index.ts';
import { rehypeHeadingAnchors } from '../../../src/plugins/rehype-heading-anchors.ts';
import { rehypeHeadingIds } from '../../../src/plugins/rehype-heading-ids.ts';
import { emptyRenderData } from '../../../src/plugins/render-data.ts';
import { renderPage } from '../../helpers/render.ts';

async function render(markdown: string, lang?: string): Promise<string> {
  const result = await markdownToHtml(markdown, {
    features: markdownFeatures,
    hastPlugins: [rehypeHeadingIds, rehypeHeadingAnchors(resolveLanguage(lang).strings)],
    data: { lesson: emptyRenderData() },
  });
  return result.html;
}

describe('rehype-heading-anchors', () => {
  it('puts a labelled # link after each h2 and h3, heading text unchanged', async () => {
    const html = await render('## First part\n\ntext\n\n### A detail\n');
    expect(html).toContain(
      '<div class="heading-wrapper heading-wrapper-h2"><h2 id="first-part">First part</h2><a class="heading-anchor" href="#first-part" aria-label="Link to this section" data-pagefind-ignore="">#</a></div>',
    );
    expect(html).toContain(
      '<h3 id="a-detail">A detail</h3><a class="heading-anchor" href="#a-detail"',
    );
  });

  it('leaves h1, h4 and headings inside a summary alone', async () => {
    const html = await render(
      '# Title\n\n#### Small\n\n<details><summary>\n\n## Solution\n\n</summary>\n\nx\n\n</details>\n',
    );
    expect(html).not.toContain('heading-anchor');
  });
});

describe('the footnotes’ label', () => {
  it('stays for screen readers only: no # link, no table-of-contents entry', async () => {
    const { html, data } = await renderPage('A claim[^1].\n\n## Next\n\n[^1]: Its source.\n', {
      format: 'workbench',
    });
    expect(html).toContain('<h2 class="sr-only" id="footnote-label">');
    expect(html).not.toContain('href="#footnote-label"');
    expect(data.headings.map((h) => h.slug)).toEqual(['next']);
  });
});
