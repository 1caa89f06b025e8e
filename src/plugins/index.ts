import { markdownToHtml } from 'satteri';
import type { DiagnosticBag } from '../lib/diagnostics.ts';
import type { UiStrings } from '../lib/i18n/index.ts';
import type { PreparedMarkdown } from '../lib/lesson/prepare-markdown.ts';
import { htmlText } from '../lib/html-text.ts';
import { markdownFeatures, markdownFeaturesOf } from '../lib/markdown-features.ts';
import type { LessonFormat } from '../lib/lesson/types.ts';
import type { UrlContext } from '../lib/lesson/urls.ts';
import { rehypeAbbreviations } from './rehype-abbreviations.ts';
import { rehypeCallouts } from './rehype-callouts.ts';
import { rehypeCodeBlocks } from './rehype-code-blocks.ts';
import { rehypeCollect } from './rehype-collect.ts';
import { rehypeHeadingAnchors } from './rehype-heading-anchors.ts';
import { rehypeHeadingIds } from './rehype-heading-ids.ts';
import { rehypeKramdownToc } from './rehype-kramdown-toc.ts';
import { rehypeMath } from './rehype-math.ts';
import { rehypeResolveUrls } from './rehype-resolve-urls.ts';
import { rehypeTableCaptions } from './rehype-table-captions.ts';
import { rehypeTableParts } from './rehype-table-parts.ts';
import { rehypeTableScroll } from './rehype-table-scroll.ts';
import { rehypeTabs } from './rehype-tabs.ts';
import { rehypeTaskListLabels } from './rehype-task-list-labels.ts';
import { rehypeVideoEmbed } from './rehype-video-embed.ts';
import { remarkDirectives, type DirectiveOptions } from './remark-directives.ts';
import { remarkEmoji } from './remark-emoji.ts';
import { remarkIndentedCode } from './remark-indented-code.ts';
import { remarkMarkdownHeadings } from './remark-markdown-headings.ts';
import { remarkScripts } from './remark-scripts.ts';
import { remarkWholeHtml } from './remark-whole-html.ts';
import { emptyRenderData, type RenderData } from './render-data.ts';

export type { RenderData } from './render-data.ts';
export { markdownFeatures };

export interface RenderOptions extends DirectiveOptions {
  urls: UrlContext;
  /**
   * The interface strings of the lesson's language: the words plugins write around the author's
   * (callout labels, fold wording, Output/Error, the heading link's name, embed placeholders).
   * A page's cached HTML depends on them, so the loader's digest includes the language.
   */
  strings: UiStrings;
  /** The document is HTML, not Markdown (`PreparedMarkdown.html`). */
  html?: boolean;
}

/**
 * The ordered mdast plugin list: the internal directive syntax read into the tree; Markdown
 * headings marked (the heading-id rules of both toolchains skip headings written as HTML);
 * tildes and carets read as the toolchain reads them; emoji shortcodes and indented code as
 * shell (Workbench).
 */
export const mdastPlugins = (options: DirectiveOptions, format: LessonFormat) => [
  remarkDirectives(options),
  remarkMarkdownHeadings(format),
  remarkScripts,
  ...(format === 'workbench' ? [remarkEmoji, remarkIndentedCode] : []),
];

/**
 * The ordered hast plugin list: structure first, then ids (before math, which ids read as TeX),
 * then URLs and code, then data.
 */
export function hastPlugins(urls: UrlContext, strings: UiStrings) {
  return [
    rehypeCallouts(strings),
    rehypeHeadingIds(urls.site.format),
    rehypeMath,
    rehypeTabs,
    rehypeHeadingAnchors(strings),
    // After ids and anchors: its entries link to the ids, and copy no anchor.
    rehypeKramdownToc,
    rehypeTaskListLabels,
    rehypeTableParts,
    ...(urls.site.format === 'workbench' ? [rehypeTableCaptions] : []),
    rehypeTableScroll,
    rehypeResolveUrls(urls),
    // After URL resolution: a facade's poster is resolved here and is not a figure of the page.
    rehypeVideoEmbed(urls, strings),
    rehypeCodeBlocks(strings),
    rehypeAbbreviations,
    rehypeCollect,
  ];
}

export interface RenderedMarkdown {
  html: string;
  data: RenderData;
}

/** Render normalised lesson Markdown to HTML with satteri (Rust parser) and our plugins. */
export async function renderLessonMarkdown(
  markdown: string,
  { urls, strings, html, ...directives }: RenderOptions,
): Promise<RenderedMarkdown> {
  const data = emptyRenderData();
  const result = await markdownToHtml(markdown, {
    features: markdownFeaturesOf(urls.site.format),
    mdastPlugins: html ? [remarkWholeHtml] : mdastPlugins(directives, urls.site.format),
    hastPlugins: hastPlugins(urls, strings),
    data: { lesson: data },
  });
  return { html: result.html, data };
}

/**
 * Render a prepared page and report what rendering found (an attribute list with nothing to
 * attach to, a KaTeX error) in `bag`, at the author's line: the prepared line maps back to it.
 */
export async function renderPrepared(
  prepared: PreparedMarkdown,
  options: RenderOptions,
  bag: DiagnosticBag,
): Promise<RenderedMarkdown> {
  const rendered = await renderLessonMarkdown(prepared.markdown, {
    ...options,
    html: prepared.html,
  });
  for (const { line, near, ...problem } of rendered.data.problems) {
    const at = line || (near === undefined ? 0 : lineHolding(prepared, near));
    bag.add({ ...problem, line: prepared.lines[at - 1]?.line ?? 0 });
  }
  return rendered;
}

/**
 * 1-based number of the first prepared line holding `url` (as written or percent-decoded) where a
 * URL is written: after `](`, `]:`, `<` or a quote; else the first holding it at all; 0 if none.
 * A short URL (`new`) is a word of many lines, but the destination of only one link.
 */
function lineHolding({ lines }: PreparedMarkdown, url: string): number {
  const forms = [...new Set([url, safeDecodeUri(url)])];
  const delimited = forms.flatMap((form) =>
    ['](', ']: ', ']:', '<', '"', "'"].map((before) => before + form),
  );
  const first = (needles: string[]) =>
    lines.findIndex((l) => needles.some((needle) => l.text.includes(needle))) + 1;
  return first(delimited) || first(forms);
}

function safeDecodeUri(text: string): string {
  try {
    return decodeURI(text);
  } catch {
    return text;
  }
}

/**
 * Inline Markdown of a frontmatter item (questions, objectives, key points): `code`, *emphasis*,
 * links and typographic punctuation render as they would in the body (Jekyll's templates pass
 * these through `markdownify`, sandpaper through pandoc); the result has no wrapping paragraph.
 */
export function renderInlineMarkdown(text: string, format: LessonFormat): string {
  const scripts = format === 'workbench';
  const features = {
    gfm: true,
    rawHtml: false,
    smartPunctuation: true,
    subscript: scripts,
    superscript: scripts,
  };
  const { html } = markdownToHtml(text, { features, mdastPlugins: [remarkScripts] }) as {
    html: string;
  };
  return html.trim().replace(/^<p>([\s\S]*)<\/p>$/, '$1');
}

/**
 * A page title as the lesson's toolchain shows it. Jekyll prints `{{ page.title }}` as written;
 * sandpaper reads a title as pandoc Markdown, so `**R Markdown**` is bold and quotes curl. The
 * text is what a list or the browser tab shows; the HTML, given only when it has formatting, is
 * the page heading's.
 */
export function readTitle(
  title: string,
  format: LessonFormat,
): { title: string; titleHtml?: string } {
  if (format !== 'workbench' || !/[*_`~^\\<&'"[-]|\.\.\./.test(title)) return { title };
  // A `<` stays text: a title is shown in places (the browser tab, lists) that take no markup.
  const html = renderInlineMarkdown(title.replace(/</g, '\\<'), format);
  const text = htmlText(html);
  return /<[a-z]/i.test(html) ? { title: text, titleHtml: html } : { title: text };
}
