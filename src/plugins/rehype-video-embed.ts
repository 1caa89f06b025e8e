import type { Element, ElementContent, Properties } from 'hast';
import type { HastPluginEntry, HastVisitorContext } from 'satteri';
import {
  authorTitle,
  decideEmbed,
  embedTags,
  frameLabels,
  isLessonPath,
  pixels,
  posterCandidates,
  type EmbedDecision,
  type Frame,
} from '../lib/embeds.ts';
import type { UiStrings } from '../lib/i18n/index.ts';
import { resolveLessonUrl, withBase, type UrlContext } from '../lib/lesson/urls.ts';
import { renderDataOf } from './render-data.ts';

const el = (tagName: string, properties: Properties, children: ElementContent[] = []): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});
const text = (value: string): ElementContent => ({ type: 'text', value });

interface FacadeOptions {
  /** The author's `title` attribute. */
  title?: unknown;
  width?: unknown;
  height?: unknown;
  /** Site URL of a poster image the lesson ships; never a third-party one. */
  poster?: string;
  /** Inside a paragraph or heading: built from phrasing elements (spans), so the HTML stays valid. */
  inline?: boolean;
  /** Frame attributes the live frame keeps: `allow`, `sandbox`, `referrerpolicy`, `allowfullscreen`. */
  allow?: string;
  sandbox?: string;
  referrerPolicy?: string;
  allowFullScreen?: boolean;
}

/** The author's ratio when both sides are pixel sizes; a video without one is 16:9. */
function frameStyle(frame: Frame, width?: number, height?: number): string | undefined {
  const rules: string[] = [];
  if (width && height) rules.push(`--embed-ratio: ${width} / ${height}`);
  // A video fills the column as a player should; other frames keep the author's width.
  if (width && frame.kind !== 'video') rules.push(`--embed-width: ${width}px`);
  return rules.length ? rules.join('; ') : undefined;
}

/**
 * The click-to-load placeholder for a frame from another origin. Without JavaScript the whole
 * placeholder is a link to the source; `scripts/video-embed.ts` turns it into a real `<button>`
 * that swaps in the frame, so nothing is requested from the provider before the learner asks.
 * It shows the title, the provider and the lesson's poster image if it ships one.
 */
function embedFacade(frame: Frame, strings: UiStrings, options: FacadeOptions = {}): Element {
  const author = authorTitle(options.title);
  const labels = frameLabels(frame, strings, author);
  const width = pixels(options.width);
  const height = pixels(options.height);
  const style = frameStyle(frame, width, height);
  const live: Properties = {
    dataPlayer: frame.player,
    dataTitle: author ?? labels.title,
  };
  if (options.allow) live.dataAllow = options.allow;
  if (options.sandbox !== undefined) live.dataSandbox = options.sandbox;
  if (options.referrerPolicy) live.dataReferrerPolicy = options.referrerPolicy;
  if (options.allowFullScreen) live.dataAllowFullScreen = '';

  const cover: ElementContent[] = [];
  if (options.poster)
    cover.push(
      el('img', {
        className: ['embed-poster'],
        src: options.poster,
        alt: '',
        loading: 'lazy',
        decoding: 'async',
      }),
    );
  // In reading order, with spaces between, so that the visible text is the name below without
  // its punctuation (WCAG 2.5.3, label in name). CSS places the provider on top, the action in the
  // middle and the title at the bottom; the boxes alone would be named with no punctuation at all.
  cover.push(
    // Search finds the title; "Play video" and the note under every embed would only be noise.
    el('span', { className: ['embed-action'], dataPagefindIgnore: 'all' }, [
      el('span', { className: ['embed-icon'], ariaHidden: 'true' }),
      text(labels.verb),
    ]),
    text(' '),
    el('span', { className: ['embed-title'] }, [text(labels.title)]),
    text(' '),
    el('span', { className: ['embed-provider'] }, [text(frame.provider)]),
  );
  const [figure, box, caption] = options.inline
    ? ['span', 'span', 'span']
    : ['figure', 'div', 'figcaption'];
  return el(
    figure,
    {
      className: ['embed', `embed-${frame.kind}`, ...(options.inline ? ['embed-inline'] : [])],
      dataEmbedHost: frame.host,
      ...(frame.id ? { dataVideoId: frame.id } : {}),
    },
    [
      el(
        box,
        {
          className: ['embed-frame', ...(options.poster ? ['has-poster'] : [])],
          ...(style ? { style } : {}),
          ...live,
        },
        [
          // Becomes a <button> when the script runs; until then (or without it) it opens the source.
          el('a', { className: ['embed-open'], href: frame.link, ariaLabel: labels.name }, cover),
        ],
      ),
      el(caption, { className: ['embed-caption'] }, [
        el('a', { href: frame.link, className: ['embed-link'] }, [text(labels.link)]),
        text(' '),
        el('span', { className: ['embed-privacy'], dataPagefindIgnore: 'all' }, [
          text(labels.privacy),
        ]),
      ]),
    ],
  );
}

/** A poster the lesson ships: `data-poster="…"` (a lesson file), else `fig/<video id>.jpg`… */
function posterOf(node: Element, frame: Frame, urls: UrlContext): string | undefined {
  const named = node.properties?.dataPoster;
  if (typeof named === 'string' && named.trim()) {
    // A poster from elsewhere would load with the page: the checker warns, the build ignores it.
    if (!isLessonPath(named)) return undefined;
    return resolveLessonUrl(named.trim(), urls);
  }
  const assets = urls.site.assets;
  if (!frame.id || !assets) return undefined;
  const found = posterCandidates(frame.id).find((path) => assets.has(path));
  return found && withBase(urls.site.base, `/${found}`);
}

const stringProp = (value: unknown): string | undefined =>
  Array.isArray(value) ? value.join(' ') : typeof value === 'string' ? value : undefined;

/** The element just before `node` among its siblings, skipping whitespace and comments. */
function previousElement(node: Element, ctx: HastVisitorContext): Element | undefined {
  const parent = ctx.parent(node);
  const index = ctx.indexOf(node);
  if (!parent || index === undefined) return undefined;
  for (let i = index - 1; i >= 0; i--) {
    const sibling = parent.children[i]!;
    if (sibling.type === 'element') return sibling;
    if (sibling.type === 'comment') continue;
    if (sibling.type === 'text' && !sibling.value.trim()) continue;
    return undefined;
  }
  return undefined;
}

// Parents that allow only phrasing content, where a <figure> would be invalid HTML.
const phrasingParents = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'span', 'em', 'strong']);

function apply(
  node: Element,
  decision: EmbedDecision,
  ctx: HastVisitorContext,
  urls: UrlContext,
  strings: UiStrings,
): Element | void {
  const props = node.properties ?? {};
  switch (decision.action) {
    case 'facade':
      return embedFacade(decision.frame, strings, {
        title: props.title,
        width: props.width,
        height: props.height,
        poster: posterOf(node, decision.frame, urls),
        allow: stringProp(props.allow),
        sandbox: stringProp(props.sandbox),
        referrerPolicy: stringProp(props.referrerPolicy),
        allowFullScreen: props.allowFullScreen !== undefined && props.allowFullScreen !== false,
        inline: phrasingParents.has((ctx.parent(node) as Element | undefined)?.tagName ?? ''),
      });
    case 'drop': {
      // A paragraph that held nothing else (a pixel alone on its line) goes with it: an empty
      // paragraph would leave a gap where nothing is.
      const parent = ctx.parent(node) as Element | undefined;
      // (The visitor's node is a copy: the pixel is the paragraph's one element.)
      const alone =
        parent?.tagName === 'p' &&
        parent.children.filter((child) => child.type === 'element').length === 1 &&
        parent.children.every(
          (child) =>
            child.type === 'element' ||
            child.type === 'comment' ||
            (child.type === 'text' && child.value.trim() === ''),
        );
      ctx.removeNode(alone ? parent : node);
      return;
    }
    case 'quiet': {
      // Nothing is fetched before play; without autoplay the controls are the only way to start.
      const properties: Properties = { ...props, preload: 'none', controls: true };
      delete properties.autoPlay;
      if (decision.media.posterRemoved) delete properties.poster;
      return { ...node, properties };
    }
  }
}

const frameSource: Record<string, string> = {
  iframe: 'src',
  frame: 'src',
  embed: 'src',
  object: 'data',
};

/**
 * A frame of the lesson's own file (`<iframe src="files/demo.html">`) stays a frame; its path is
 * resolved like a link's, since the page is published one folder deeper (`/episode/`) than
 * Jekyll's and sandpaper's `episode.html`, where the relative path was written to work.
 */
function ownFrame(node: Element, ctx: HastVisitorContext, urls: UrlContext): void {
  const attribute = frameSource[node.tagName];
  if (!attribute) return;
  const value = node.properties?.[attribute];
  if (typeof value !== 'string') return;
  const resolved = resolveLessonUrl(value, urls);
  if (resolved !== value) ctx.setProperty(node, attribute, resolved);
}

/**
 * Third-party embeds in raw HTML, so that no request leaves the site until the learner asks:
 * frames from another origin (`<iframe>`, `<embed>`, `<object>`) become click-to-load
 * placeholders; third-party scripts, stylesheets and tracking pixels are not published (the
 * markup a widget script would enhance, such as a tweet's blockquote, stays as written); remote
 * `<video>`/`<audio>` get `preload="none"` and lose autoplay. The decisions live in
 * `lib/embeds.ts`, which the checker reports from; the placeholder speaks the page's language.
 */
export const rehypeVideoEmbed =
  (urls: UrlContext, strings: UiStrings): HastPluginEntry =>
  ({ source }) =>
    /<(?:iframe|frame|embed|object|script|link|img|video|audio)\b/i.test(source) && {
      name: 'video-embed',
      element: {
        filter: [...embedTags],
        visit(node, ctx) {
          const before = previousElement(node, ctx);
          const decision = decideEmbed(node, before && decideEmbed(before));
          if (decision?.action === 'facade') renderDataOf(ctx.data).embeds = true;
          if (decision) return apply(node, decision, ctx, urls, strings);
          ownFrame(node, ctx, urls);
        },
      },
    };
