import type { Element, ElementContent, Properties } from 'hast';
import type { HastPluginEntry } from 'satteri';

const youtubeEmbed = /^(?:https?:)?\/\/(?:www\.)?youtube(?:-nocookie)?\.com\/embed\/([\w-]{6,})/;

export function youtubeId(src: string): string | undefined {
  return youtubeEmbed.exec(src)?.[1];
}

const el = (tagName: string, properties: Properties, children: ElementContent[] = []): Element => ({ type: 'element', tagName, properties, children });
const text = (value: string): ElementContent => ({ type: 'text', value });

/**
 * A YouTube `<iframe>` as legacy lessons write it becomes a facade: a local placeholder with the
 * video's title and a play button. Nothing is requested from YouTube until the learner clicks;
 * then the script swaps in the youtube-nocookie.com player. Without JavaScript, the link works.
 */
export function videoFacade(id: string, title: string): Element {
  const watch = `https://www.youtube.com/watch?v=${id}`;
  const player = `https://www.youtube-nocookie.com/embed/${id}?autoplay=1`;
  return el('figure', { className: ['video-embed'], dataVideoId: id }, [
    el('div', { className: ['video-frame'], dataPlayer: player, dataTitle: title }, [
      el('button', { type: 'button', className: ['video-play'], ariaLabel: `Play video: ${title}` }, [
        el('span', { className: ['video-play-icon'], ariaHidden: 'true' }),
        el('span', { className: ['video-title'] }, [text(title)]),
      ]),
    ]),
    el('figcaption', {}, [el('a', { href: watch, className: ['video-link'] }, [text(`Watch “${title}” on YouTube`)])]),
  ]);
}

export const rehypeVideoEmbed: HastPluginEntry = ({ source }) =>
  source.includes('<iframe') && {
    name: 'video-embed',
    element: {
      filter: ['iframe'],
      visit(node) {
        const id = youtubeId(String(node.properties?.src ?? ''));
        if (!id) return;
        const title = String(node.properties?.title ?? '').trim() || 'YouTube video';
        return videoFacade(id, title);
      },
    },
  };
