import type { Element, Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { diagnostic, type Diagnostic } from '../../diagnostics.ts';
import {
  authorTitle,
  decideEmbed,
  embedTags,
  frameLabels,
  isLessonPath,
  posterCandidates,
  remoteUrl,
  type Dropped,
  type EmbedDecision,
} from '../../embeds.ts';
import { resolveLanguage } from '../../i18n/resolve.ts';
import type { CheckContext, Rule } from '../context.ts';
import { walk, type MdNode } from '../mdast.ts';
import { authorPosition, inBody, type CheckedPage } from '../parse-page.ts';
import { resolveTarget } from '../targets.ts';

/** One element of the page's raw HTML, where it is in the prepared Markdown. */
interface HtmlElement {
  element: Element;
  /** Offsets in `page.markdown`. */
  start: number;
  end: number;
  /** A stand-in mdast node with the element's own position, for `authorPosition`. */
  at: MdNode;
}

const interesting = new RegExp(`<(?:${embedTags.join('|')})\\b`, 'i');

/**
 * Every element written as raw HTML in the page body, in document order. The renderer parses the
 * same HTML into the same hast elements; the checker parses each Markdown `html` node with
 * hast-util-from-html, which keeps positions. An inline `<script>` reaches its `</script>` in a
 * later node, so its source is read up to there.
 */
function htmlElements(page: CheckedPage): HtmlElement[] {
  const found: HtmlElement[] = [];
  walk(page.tree, (node) => {
    const position = node.position;
    if (
      node.type !== 'html' ||
      !position ||
      !inBody(page, node) ||
      !interesting.test(node.value ?? '')
    )
      return;
    let html = node.value ?? '';
    if (/^<script\b[^>]*>$/i.test(html.trim())) {
      const close = page.markdown.indexOf('</script>', position.end.offset);
      if (close !== -1)
        html = page.markdown.slice(position.start.offset, close + '</script>'.length);
    }
    const visit = (hast: Nodes) => {
      if (hast.type === 'element' && hast.position) {
        const { start, end } = hast.position;
        found.push({
          element: hast,
          start: position.start.offset + (start.offset ?? 0),
          end: position.start.offset + (end.offset ?? 0),
          at: {
            type: 'html',
            position: {
              start: {
                line: position.start.line + start.line - 1,
                column: start.line === 1 ? position.start.column + start.column - 1 : start.column,
                offset: position.start.offset + (start.offset ?? 0),
              },
              end: position.end,
            },
          },
        });
      }
      if ('children' in hast) hast.children.forEach(visit);
    };
    visit(fromHtml(html, { fragment: true }));
  });
  return found;
}

/** Only whitespace, comments and (inside a blockquote) quote markers between two elements. */
const nothingBetween = (text: string) => /^(?:[\s>]|<!--[\s\S]*?-->)*$/.test(text);

/** What each element becomes in the build, decided as the build decides it. */
function decisions(page: CheckedPage): { item: HtmlElement; decision: EmbedDecision }[] {
  const out: { item: HtmlElement; decision: EmbedDecision }[] = [];
  const seen: HtmlElement[] = [];
  for (const item of htmlElements(page)) {
    // The build looks at the previous sibling element: of the elements that ended before this
    // one started, the one that ended last (the outermost, if several end together).
    let sibling: HtmlElement | undefined;
    for (const other of seen)
      if (
        other.end <= item.start &&
        (!sibling ||
          other.end > sibling.end ||
          (other.end === sibling.end && other.start < sibling.start))
      )
        sibling = other;
    const previous =
      sibling && nothingBetween(page.markdown.slice(sibling.end, item.start))
        ? decideEmbed(sibling.element)
        : undefined;
    const decision = decideEmbed(item.element, previous);
    if (decision) out.push({ item, decision });
    seen.push(item);
  }
  return out;
}

const hostOf = (url: string) => remoteUrl(url)?.hostname.replace(/^www\./, '') ?? url;

function droppedMessage(dropped: Dropped): string {
  const what = dropped.purpose ? ` (${dropped.purpose})` : '';
  if (dropped.tag === 'img')
    return `a 1×1 <img> from ${hostOf(dropped.url)} (a tracking pixel) is not published: it would send a request to another site when the page opens`;
  if (dropped.inline && !dropped.url)
    return `a <script> configuring ${dropped.purpose} is not published: TeX math is rendered when the site is built`;
  if (dropped.inline)
    return `an inline <script> that loads or calls ${hostOf(dropped.url)}${what} is not published: it would send a request to another site when the page opens`;
  return `<${dropped.tag}> from ${hostOf(dropped.url)}${what} is not published: it would load from another site when the page opens`;
}

const droppedHints: Record<string, string> = {
  MathJax: 'Nothing to do: TeX between $$…$$ is rendered when the site is built (KaTeX).',
  'Twitter widgets':
    "Nothing to do: the tweet's <blockquote> is published as a quote with its link.",
  'Google Analytics': 'Lesson pages publish no analytics; remove the tag.',
  'tracking pixel': 'Remove the tag.',
};

function droppedHint(dropped: Dropped): string {
  if (dropped.purpose && droppedHints[dropped.purpose]) return droppedHints[dropped.purpose]!;
  if (dropped.tag.startsWith('link'))
    return 'Copy what the page needs into the lesson and link that file, or remove the tag.';
  return 'Link to the page it would show instead (the learner opens it when they choose), or remove the tag.';
}

/** Why a video's placeholder shows no picture, if the author can change that. */
function posterProblem(
  element: Element,
  page: CheckedPage,
  context: CheckContext,
): Diagnostic['message'] | undefined {
  const named = element.properties?.dataPoster;
  if (typeof named !== 'string' || !named.trim()) return undefined;
  if (!isLessonPath(named))
    return `data-poster "${named}" is not a lesson file, so the placeholder shows no picture: an image from another site would load before the learner asks`;
  const target = resolveTarget(named, page, context);
  if (target.kind === 'asset' && target.exists) return undefined;
  return `data-poster "${named}" does not exist in the lesson, so the placeholder shows no picture`;
}

/**
 * Third-party embeds, as the build publishes them (see `lib/embeds.ts`): a notice for every frame
 * shown as a click-to-load placeholder, every script, stylesheet or tracking pixel not published,
 * and every remote video that no longer autoplays, so nothing the author wrote changes silently.
 * A `data-poster` that cannot be used is a warning.
 */
export const embeds: Rule = (page, context) => {
  const found: Diagnostic[] = [];
  const add = (item: HtmlElement, d: Omit<Diagnostic, 'file' | 'line' | 'column'>) =>
    found.push(diagnostic({ file: page.source.file, ...authorPosition(page, item.at), ...d }));

  for (const { item, decision } of decisions(page)) {
    if (decision.action === 'facade') {
      const { frame, tag } = decision;
      const title = authorTitle(item.element.properties?.title);
      // Quoted as the learner will read them: in the lesson's language.
      const labels = frameLabels(
        frame,
        resolveLanguage(context.lesson.settings.lang).strings,
        title,
      );
      const poster = posterProblem(item.element, page, context);
      const hasPoster =
        typeof item.element.properties?.dataPoster === 'string' ||
        (frame.id && posterCandidates(frame.id).some((p) => context.assets.has(p)));
      add(item, {
        severity: 'notice',
        rule: 'embeds/click-to-load',
        message: `<${tag}> from ${frame.host} is shown as a click-to-load placeholder: nothing is requested from ${frame.provider} until the learner presses “${labels.verb}”`,
        hint: !title
          ? `Give it a title="…" naming the ${frame.kind === 'video' ? 'video' : 'content'}; until then the placeholder says “${labels.title}”.`
          : frame.id && !hasPoster
            ? `For a picture on the placeholder, add fig/${frame.id}.jpg to the lesson or a data-poster="…" attribute naming a lesson image.`
            : undefined,
      });
      if (poster)
        add(item, {
          severity: 'warning',
          rule: 'embeds/poster',
          message: poster,
          hint: 'Save the image in the lesson (fig/…) and name it in data-poster, relative to this page as an image would be.',
        });
    } else if (decision.action === 'drop') {
      add(item, {
        severity: 'notice',
        rule: 'embeds/dropped',
        message: droppedMessage(decision.dropped),
        hint: droppedHint(decision.dropped),
      });
    } else {
      const { media } = decision;
      const tag = item.element.tagName;
      if (media.autoplayRemoved)
        add(item, {
          severity: 'notice',
          rule: 'embeds/no-autoplay',
          message: `<${tag}> from ${hostOf(media.url)} does not autoplay and is not preloaded: it plays when the learner presses play`,
          hint: 'Remove autoplay; a lesson video waits for the learner.',
        });
      if (media.posterRemoved)
        add(item, {
          severity: 'notice',
          rule: 'embeds/dropped',
          message: `the poster of <${tag}> from ${hostOf(media.posterRemoved)} is not published: it would load from another site when the page opens`,
          hint: 'Save the image in the lesson and point poster="…" at it.',
        });
    }
  }
  return found;
};
