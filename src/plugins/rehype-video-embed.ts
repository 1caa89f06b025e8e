import type { Element, ElementContent, Properties } from 'hast';
import type { HastPluginEntry } from 'satteri';

const youtubeEmbed = /^(?:https?:)?\/\/(?:www\.)?youtube(?:-nocookie)?\.com\/embed\/([\w-]{6,})/;

export function youtubeId(src: string): string | undefined {
  return youtubeEmbed.exec(src)?.[1];
}

const el = (tagName: string, properties: Properties, children: ElementContent[] = []): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});
const text = (value: string): ElementContent => ({ type: 'text', value });

/**
 * A YouTube `<iframe>` as legacy lessons write it becomes a facade: a local placeholder with the
 * video's title and a play button. Nothing is requested from YouTube until the learner clicks;
 * then the script swaps in the youtube-nocookie.com player. Without JavaScript, the link works.
 */
export function videoFacade(id: string, title: string, query = ''): Element {
  // Keep the author's player options (start=90…); autoplay, since the learner already pressed play.
  const params = new URLSearchParams(query);
  params.set('autoplay', '1');
  const start = params.get('start');
  const watch = `https://www.youtube.com/watch?v=${id}${start ? `&t=${start}` : ''}`;
  const player = `https://www.youtube-nocookie.com/embed/${id}?${params}`;
  return el('figure', { className: ['video-embed'], dataVideoId: id }, [
    el('div', { className: ['video-frame'], dataPlayer: player, dataTitle: title }, [
      el(
        'button',
        { type: 'button', className: ['video-play'], ariaLabel: `Play video: ${title}` },
        [
          el('span', { className: ['video-play-icon'], ariaHidden: 'true' }),
          el('span', { className: ['video-title'] }, [text(title)]),
        ],
      ),
    ]),
    el('figcaption', {}, [
      el('a', { href: watch, className: ['video-link'] }, [text(`Watch “${title}” on YouTube`)]),
    ]),
  ]);
}

export const rehypeVideoEmbed: HastPluginEntry = ({ source }) =>
  source.includes('<iframe') && {
    name: 'video-embed',
    element: {
      filter: ['iframe'],
      visit(node) {
        const src = String(node.properties?.src ?? '');
        const id = youtubeId(src);
        if (!id) return;
        const title = String(node.properties?.title ?? '').trim() || 'YouTube video';
        return videoFacade(id, title, src.split('?')[1] ?? '');
      },
    },
  };
