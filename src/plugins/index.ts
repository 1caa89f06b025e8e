import { markdownToHtml } from 'satteri';
import { markdownFeatures } from '../lib/markdown-features.ts';
import type { UrlContext } from '../lib/lesson/urls.ts';
import { rehypeBlockAttributes } from './rehype-block-attributes.ts';
import { rehypeCodeBlocks } from './rehype-code-blocks.ts';
import { rehypeHeadingAnchors } from './rehype-heading-anchors.ts';
import { rehypeHeadingIds } from './rehype-heading-ids.ts';
import { rehypeMath } from './rehype-math.ts';
import { rehypeResolveUrls } from './rehype-resolve-urls.ts';
import { rehypeTabs } from './rehype-tabs.ts';
import { rehypeTaskListLabels } from './rehype-task-list-labels.ts';
import { rehypeVideoEmbed } from './rehype-video-embed.ts';
import { remarkMarkdownHeadings } from './remark-markdown-headings.ts';
import { emptyRenderData, type RenderData } from './render-data.ts';

export type { RenderData, RenderedHeading, RenderedImage } from './render-data.ts';
export { markdownFeatures };

/**
 * The ordered hast plugin list: structure first, then ids (before math, which ids read as TeX),
 * then URLs and code.
 */
export function hastPlugins(urls: UrlContext) {
  return [
    rehypeBlockAttributes,
    rehypeHeadingIds(urls.site.format),
    rehypeVideoEmbed,
    rehypeMath,
    rehypeTabs,
    rehypeHeadingAnchors,
    rehypeTaskListLabels,
    rehypeResolveUrls(urls),
    rehypeCodeBlocks,
  ];
}

export interface RenderedMarkdown {
  html: string;
  data: RenderData;
}

/** Render normalised lesson Markdown to HTML with satteri (Rust parser) and our plugins. */
export async function renderLessonMarkdown(
  markdown: string,
  urls: UrlContext,
): Promise<RenderedMarkdown> {
  const data = emptyRenderData();
  const result = await markdownToHtml(markdown, {
    features: markdownFeatures,
    mdastPlugins: [remarkMarkdownHeadings],
    hastPlugins: hastPlugins(urls),
    data: { lesson: data },
  });
  return { html: result.html, data };
}

/**
 * Inline Markdown of a frontmatter item (questions, objectives, key points): `code`, *emphasis*
 * and links render as they would in the body; the result has no wrapping paragraph.
 */
export function renderInlineMarkdown(text: string): string {
  const { html } = markdownToHtml(text, { features: { gfm: true, rawHtml: false } }) as {
    html: string;
  };
  return html.trim().replace(/^<p>([\s\S]*)<\/p>$/, '$1');
}
