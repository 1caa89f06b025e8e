import type { Element, ElementContent } from 'hast';
import { t } from './i18n/format.ts';
import type { UiStrings } from './i18n/types.ts';

/**
 * Third-party embeds in lesson pages: what each raw-HTML element that would load another site
 * becomes, so that nothing is requested from a third party until the learner asks for it.
 *
 * The build (`plugins/rehype-video-embed.ts`) applies these decisions and the checker
 * (`check/rules/embeds.ts`) reports them; both read the same hast elements (raw HTML parsed by
 * satteri in the build, by hast-util-from-html in the checker) and call the same functions here,
 * so a notice always describes what the build does.
 */

/** What a click-to-load placeholder stands for; decides its wording (`embed.*` strings). */
export type FrameKind =
  'video' | 'animation' | 'slides' | 'document' | 'spreadsheet' | 'form' | 'file' | 'page';

/** A frame from another origin, described for its placeholder. */
export interface Frame {
  /** Who serves it, as learners know the name: `YouTube`, `Google Slides`, or the host name. */
  provider: string;
  /** Host of the page the link opens, without `www.` (`youtube.com`, `docs.google.com`). */
  host: string;
  kind: FrameKind;
  /** URL the frame loads once the learner asks (YouTube through youtube-nocookie.com). */
  player: string;
  /** Where the link goes: the provider's own page for the content; works without JavaScript. */
  link: string;
  /** The provider's id of a video, used to find a poster image the lesson ships. */
  id?: string;
}

/** A URL served by another origin (`https://…`, `http://…`, `//…`), parsed; otherwise undefined. */
export function remoteUrl(value: unknown): URL | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (!/^(?:https?:)?\/\//i.test(text)) return undefined;
  try {
    return new URL(text.startsWith('//') ? `https:${text}` : text);
  } catch {
    return undefined;
  }
}

/** A URL that names a lesson file (`fig/x.jpg`, `../fig/x.jpg`, `/fig/x.jpg`): no scheme, no host. */
export const isLessonPath = (value: string) => !/^(?:[a-z][a-z\d+.-]*:|\/\/)/i.test(value.trim());

const bareHost = (url: URL) => url.hostname.replace(/^www\./, '').toLowerCase();
const videoId = /^[\w-]{6,}$/;

/** YouTube's `t=` as learners share it (`90`, `90s`, `1m30s`, `1h2m3s`) in seconds. */
export function youtubeSeconds(value: string): number | undefined {
  if (/^\d+$/.test(value)) return Number(value);
  const m = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(value);
  if (!m || !value) return undefined;
  return Number(m[1] ?? 0) * 3600 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0);
}

// Share-tracking and page-only parameters: not player options, and `si` identifies who shared.
const youtubeDropped = new Set(['v', 't', 'si', 'feature', 'ab_channel', 'pp', 'autoplay']);

/**
 * Every form of YouTube URL lessons embed or link: `/embed/ID`, `/embed?v=ID&list=…`,
 * `/embed/videoseries?list=…`, `/watch?v=ID`, `youtu.be/ID`, `/shorts/ID`, `/live/ID`, `/v/ID`,
 * `/playlist?list=…`, on youtube.com or youtube-nocookie.com. The player keeps the author's
 * options (`start`, `end`, `list`, `index`, `rel`…; `t=` becomes `start`) and autoplays, since the
 * learner already pressed play.
 */
export function youtubeFrame(url: URL): Frame | undefined {
  const host = bareHost(url);
  const path = url.pathname.split('/').filter(Boolean);
  let id: string | undefined;
  if (host === 'youtu.be') id = path[0];
  else if (/^(?:m\.|music\.)?youtube(?:-nocookie)?\.com$/.test(host)) {
    const [first, second] = path;
    if (first === 'embed' || first === 'watch')
      id = second && second !== 'videoseries' ? second : (url.searchParams.get('v') ?? undefined);
    else if (first === 'v' || first === 'shorts' || first === 'live') id = second;
    else if (first !== 'playlist') return undefined;
  } else return undefined;
  const list = url.searchParams.get('list') ?? undefined;
  if (id !== undefined && !videoId.test(id)) return undefined;
  if (!id && !list) return undefined;

  const player = new URLSearchParams();
  for (const [key, value] of url.searchParams) if (!youtubeDropped.has(key)) player.set(key, value);
  const t = url.searchParams.get('t');
  const start = player.get('start') ?? (t ? youtubeSeconds(t)?.toString() : undefined);
  if (start && !player.has('start')) player.set('start', start);
  player.set('autoplay', '1');

  let link: string;
  if (id) {
    const watch = new URLSearchParams({ v: id });
    if (list) watch.set('list', list);
    const index = url.searchParams.get('index');
    if (list && index) watch.set('index', index);
    if (start) watch.set('t', start);
    link = `https://www.youtube.com/watch?${watch}`;
  } else link = `https://www.youtube.com/playlist?${new URLSearchParams({ list: list! })}`;
  return {
    provider: 'YouTube',
    host: 'youtube.com',
    kind: 'video',
    player: `https://www.youtube-nocookie.com/embed/${id ?? 'videoseries'}?${player}`,
    link,
    id,
  };
}

function vimeoFrame(url: URL): Frame | undefined {
  const host = bareHost(url);
  const path = url.pathname.split('/').filter(Boolean);
  const id =
    host === 'player.vimeo.com' && path[0] === 'video'
      ? path[1]
      : host === 'vimeo.com'
        ? path[0]
        : undefined;
  if (!id || !/^\d+$/.test(id)) return undefined;
  // Unlisted videos carry their hash as `h=` in the player and as a path segment on the page.
  const hash = url.searchParams.get('h') ?? (host === 'vimeo.com' ? path[1] : undefined);
  const player = new URL(`https://player.vimeo.com/video/${id}`);
  for (const [key, value] of url.searchParams) player.searchParams.set(key, value);
  if (hash) player.searchParams.set('h', hash);
  player.searchParams.set('autoplay', '1');
  return {
    provider: 'Vimeo',
    host: 'vimeo.com',
    kind: 'video',
    player: player.href,
    link: `https://vimeo.com/${id}${hash ? `/${hash}` : ''}`,
    id,
  };
}

/** CERN's video services: `videos.cern.ch/record/N/embed…` and the older `cds.cern.ch/video/N`. */
function cernFrame(url: URL): Frame | undefined {
  const host = bareHost(url);
  if (host === 'videos.cern.ch') {
    const link = new URL(url.href);
    link.pathname = link.pathname.replace(/\/embed\/?$/, '');
    return { provider: 'CERN Videos', host, kind: 'video', player: url.href, link: link.href };
  }
  const cds = host === 'cds.cern.ch' && /^\/video\/([\w.-]+)/.exec(url.pathname)?.[1];
  if (cds)
    return {
      provider: 'CERN Document Server',
      host,
      kind: 'video',
      player: url.href,
      link: `https://cds.cern.ch/record/${cds}`,
    };
  return undefined;
}

function giphyFrame(url: URL): Frame | undefined {
  const id = bareHost(url) === 'giphy.com' && /^\/embed\/([\w-]+)/.exec(url.pathname)?.[1];
  if (!id) return undefined;
  return {
    provider: 'GIPHY',
    host: 'giphy.com',
    kind: 'animation',
    player: url.href,
    link: `https://giphy.com/gifs/${id}`,
  };
}

const googleApps: Record<string, [string, FrameKind]> = {
  presentation: ['Google Slides', 'slides'],
  document: ['Google Docs', 'document'],
  spreadsheets: ['Google Sheets', 'spreadsheet'],
  forms: ['Google Forms', 'form'],
};

function googleFrame(url: URL): Frame | undefined {
  const host = bareHost(url);
  if (host === 'docs.google.com') {
    const app = googleApps[url.pathname.split('/')[1] ?? ''];
    if (!app) return undefined;
    // The embed address opens as a full page too; `embedded=true` only strips the page chrome.
    const link = new URL(url.href);
    link.searchParams.delete('embedded');
    return { provider: app[0], host, kind: app[1], player: url.href, link: link.href };
  }
  if (host === 'drive.google.com') {
    const link = new URL(url.href);
    link.pathname = link.pathname.replace(/\/preview\/?$/, '/view');
    return { provider: 'Google Drive', host, kind: 'file', player: url.href, link: link.href };
  }
  return undefined;
}

/**
 * The frame a remote `src` stands for; undefined for the lesson's own files (a relative or
 * root-relative path) and for URLs that load nothing from elsewhere (`data:`, `about:blank`).
 */
export function frameOf(src: unknown): Frame | undefined {
  const url = remoteUrl(src);
  if (!url) return undefined;
  return (
    youtubeFrame(url) ??
    vimeoFrame(url) ??
    cernFrame(url) ??
    giphyFrame(url) ??
    googleFrame(url) ?? {
      provider: /^indico\./.test(bareHost(url)) ? 'Indico' : bareHost(url),
      host: bareHost(url),
      kind: fileKind(url.pathname),
      player: url.href,
      link: url.href,
    }
  );
}

/** A frame that shows one file (an Indico attachment `….mp4`, a `….pdf`) says what it holds. */
function fileKind(path: string): FrameKind {
  const extension = /\.([a-z\d]+)$/i.exec(path)?.[1]?.toLowerCase() ?? '';
  if (['mp4', 'webm', 'mov', 'm4v', 'ogv', 'mkv'].includes(extension)) return 'video';
  if (extension === 'pdf') return 'document';
  return 'page';
}

/**
 * Titles that providers' embed code fills in and that name nothing: a placeholder showing
 * "YouTube video player" under every video tells the learner nothing, so these count as no title.
 */
const placeholderTitles = new Set([
  'youtube video player',
  'youtube video',
  'youtube',
  'vimeo video player',
  'video player',
  'video',
  'embedded video',
  'embedded content',
  'iframe',
  'giphy embed',
]);

export const isPlaceholderTitle = (title: string) =>
  placeholderTitles.has(title.trim().replace(/\s+/g, ' ').toLowerCase());

/** The author's title, unless it is empty or a provider's placeholder. */
export function authorTitle(value: unknown): string | undefined {
  const title = typeof value === 'string' ? value.trim().replace(/\s+/g, ' ') : '';
  return title && !isPlaceholderTitle(title) ? title : undefined;
}

/** Everything the placeholder shows and says, from the frame and the author's title. */
export interface FrameLabels {
  /** Shown on the placeholder: the author's title, else one naming the provider. */
  title: string;
  /** Visible verb on the button (`Play video`, `Show slides`). */
  verb: string;
  /** Text of the link to the source: `Watch “Loops” on YouTube`, `Open the slides on docs.google.com`. */
  link: string;
  /** Under the placeholder: why nothing plays yet. */
  privacy: string;
  /** Accessible name of the placeholder: its visible words, in reading order (WCAG 2.5.3). */
  name: string;
}

/** What the placeholder says, in the page's language (`strings`). */
export function frameLabels(frame: Frame, strings: UiStrings, title?: string): FrameLabels {
  const { kind, provider, host } = frame;
  const verb = t(strings, `embed.verb.${kind}`);
  const shown =
    title ??
    (kind === 'page'
      ? t(strings, 'embed.title.page', { host })
      : t(strings, `embed.title.${kind}`, {
          // "Google Form", not "Google Forms form": a form's title is the product's, singular.
          provider: kind === 'form' ? provider.replace(/s$/, '') : provider,
        }));
  const link =
    kind === 'video'
      ? title
        ? t(strings, 'embed.watchTitled', { title, site: provider })
        : t(strings, 'embed.watch', { site: provider })
      : title
        ? t(strings, 'embed.openTitled', { title, site: host })
        : t(strings, `embed.open.${kind}`, { site: host });
  return {
    title: shown,
    verb,
    link,
    privacy: t(strings, 'embed.privacy', { provider, verb }),
    name: t(strings, 'embed.buttonName', { verb, title: shown, provider }),
  };
}

/** Width and height attributes as numbers of CSS pixels; `100%` and junk are unknown. */
export function pixels(value: unknown): number | undefined {
  const number =
    typeof value === 'number'
      ? value
      : /^\s*\d+(?:\.\d+)?\s*(?:px)?\s*$/i.test(String(value ?? ''))
        ? parseFloat(String(value))
        : NaN;
  return Number.isFinite(number) && number > 0 ? number : undefined;
}

/** Why a script, stylesheet or pixel is not published, in the words of the notice. */
export interface Dropped {
  /** `<script>`, `<link rel="stylesheet">`, `<img>`… as the author wrote the tag. */
  tag: string;
  /** The URL it would have loaded, or for an inline script the URL or loader it depends on. */
  url: string;
  /** What it is, when known (`MathJax`, `Twitter widgets`, `Google Trends`, `Google Analytics`). */
  purpose?: string;
  /** An inline script is dropped with the loader it calls, or because it loads a URL itself. */
  inline?: boolean;
}

/** A `<video>` or `<audio>` from another origin, changed so that nothing loads until play. */
export interface QuietMedia {
  autoplayRemoved: boolean;
  /** A remote `poster` image, removed: it would be fetched with the page. */
  posterRemoved?: string;
  /** The remote URL the media comes from. */
  url: string;
}

export type EmbedDecision =
  | { action: 'facade'; frame: Frame; tag: string }
  | { action: 'drop'; dropped: Dropped }
  | { action: 'quiet'; media: QuietMedia };

// Matched against host and path (`cdn.mathjax.org/mathjax/latest/MathJax.js`).
const scriptPurposes: [RegExp, string][] = [
  [/mathjax/i, 'MathJax'],
  [/^(?:[\w-]+\.)*(?:twitter|x)\.com\//i, 'Twitter widgets'],
  [/^(?:[\w-]+\.)*gstatic\.com\/trends|^trends\.google\./i, 'Google Trends'],
  [/^(?:[\w-]+\.)*(?:google-analytics|googletagmanager)\.com\//i, 'Google Analytics'],
  [/^(?:[\w-]+\.)*instagram\.com\//i, 'Instagram embeds'],
  [/^(?:[\w-]+\.)*facebook\.(?:com|net)\//i, 'Facebook widgets'],
  [/^gist\.github\.com\//i, 'a GitHub gist'],
];

const purposeOf = (url: URL): string | undefined =>
  scriptPurposes.find(([pattern]) => pattern.test(`${url.hostname}${url.pathname}`))?.[1];

const linkRelsThatLoad = new Set([
  'stylesheet',
  'preload',
  'prefetch',
  'preconnect',
  'dns-prefetch',
  'modulepreload',
  'prerender',
  'icon',
  'manifest',
  'import',
]);

const relsOf = (value: unknown): string[] =>
  (Array.isArray(value) ? value.map(String) : String(value ?? '').split(/\s+/))
    .map((rel) => rel.toLowerCase())
    .filter(Boolean);

/** The text of an element (a script's source), without rendering it. */
export function textOf(node: Element | ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}

// An absolute or protocol-relative URL in a script's source: what it would load.
const urlInCode = /(?:https?:)?\/\/[a-z\d-]+(?:\.[a-z\d-]+)+(?:[/?#][^\s'"`)<>]*)?/i;

/** The `<video>`/`<audio>` source URLs: its `src`, and `src` of its `<source>` and `<track>` children. */
function mediaSources(element: Element): string[] {
  const urls: string[] = [];
  const add = (value: unknown) => {
    if (typeof value === 'string' && value.trim()) urls.push(value.trim());
  };
  add(element.properties?.src);
  for (const child of element.children)
    if (child.type === 'element' && (child.tagName === 'source' || child.tagName === 'track'))
      add(child.properties?.src);
  return urls;
}

/**
 * What the build does with one element, or undefined to leave it as the author wrote it.
 * `previous` is the decision for the element just before it (only whitespace or comments
 * between): an inline script right after a dropped loader is that loader's call
 * (`trends.embed.renderExploreWidget(…)`, `gtag('config', …)`), so it goes too.
 */
export function decideEmbed(element: Element, previous?: EmbedDecision): EmbedDecision | undefined {
  const props = element.properties ?? {};
  switch (element.tagName) {
    case 'iframe':
    case 'frame':
    case 'embed': {
      const frame = frameOf(props.src);
      return frame && { action: 'facade', frame, tag: element.tagName };
    }
    case 'object': {
      const frame = frameOf(props.data);
      return frame && { action: 'facade', frame, tag: 'object' };
    }
    case 'script': {
      const src = remoteUrl(props.src);
      if (src)
        return {
          action: 'drop',
          dropped: { tag: 'script', url: src.href, purpose: purposeOf(src) },
        };
      if (props.src !== undefined) return undefined; // the lesson's own script file
      const type = String(props.type ?? '').toLowerCase();
      if (type.startsWith('text/x-mathjax'))
        return {
          action: 'drop',
          dropped: { tag: 'script', url: '', purpose: 'MathJax', inline: true },
        };
      const url = remoteUrl(urlInCode.exec(textOf(element))?.[0]);
      if (url)
        return {
          action: 'drop',
          dropped: { tag: 'script', url: url.href, purpose: purposeOf(url), inline: true },
        };
      if (
        previous?.action === 'drop' &&
        previous.dropped.tag === 'script' &&
        !previous.dropped.inline
      )
        return {
          action: 'drop',
          dropped: { ...previous.dropped, inline: true },
        };
      return undefined;
    }
    case 'link': {
      const href = remoteUrl(props.href);
      const rels = relsOf(props.rel);
      if (!href || !rels.some((rel) => linkRelsThatLoad.has(rel))) return undefined;
      return {
        action: 'drop',
        dropped: { tag: `link rel="${rels.join(' ')}"`, url: href.href, purpose: purposeOf(href) },
      };
    }
    case 'img': {
      // A 1×1 image from elsewhere shows nothing: it is there to tell a server the page was read.
      const src = remoteUrl(props.src);
      const width = pixels(props.width);
      const height = pixels(props.height);
      if (!src || width === undefined || height === undefined || width > 1 || height > 1)
        return undefined;
      return { action: 'drop', dropped: { tag: 'img', url: src.href, purpose: 'tracking pixel' } };
    }
    case 'video':
    case 'audio': {
      const remote = mediaSources(element).map(remoteUrl).find(Boolean);
      if (!remote) return undefined;
      const poster = remoteUrl(props.poster);
      return {
        action: 'quiet',
        media: {
          url: remote.href,
          autoplayRemoved: props.autoPlay !== undefined && props.autoPlay !== false,
          posterRemoved: poster?.href,
        },
      };
    }
    default:
      return undefined;
  }
}

/** Element names `decideEmbed` may act on: the build's visitor filter, the checker's shortcut. */
export const embedTags = [
  'iframe',
  'frame',
  'embed',
  'object',
  'script',
  'link',
  'img',
  'video',
  'audio',
] as const;

/** The poster file a lesson may ship for a video, found without naming it: `fig/<video id>.jpg`. */
export const posterExtensions = ['webp', 'jpg', 'jpeg', 'png', 'avif'] as const;
export const posterCandidates = (id: string) =>
  posterExtensions.map((extension) => `fig/${id}.${extension}`);
