import type { HastPluginEntry } from 'satteri';
import type { Element } from 'hast';
import { darkVariant, resolveLessonLink, type UrlContext } from '../lib/lesson/urls.ts';
import { renderDataOf, type RenderProblem } from './render-data.ts';

const attributeOf: Record<string, string> = {
  a: 'href',
  img: 'src',
  source: 'src',
  video: 'src',
  audio: 'src',
};

/**
 * Rewrite every relative link and image to its URL in the built site (with the base path), the
 * way each format's own tool published it; see `resolveLessonTarget`. Collects images for the
 * figures page, and the lesson files that only a link publishes, on the way.
 */
export function rehypeResolveUrls(context: UrlContext): HastPluginEntry {
  return {
    name: 'resolve-urls',
    element: {
      filter: Object.keys(attributeOf),
      visit(node, ctx) {
        const attribute = attributeOf[node.tagName]!;
        const value = node.properties?.[attribute];
        if (typeof value !== 'string') return;
        const { url: resolved, target } = resolveLessonLink(value, context);
        if (resolved !== value) ctx.setProperty(node, attribute, resolved);
        const data = renderDataOf(ctx.data);
        // The build publishes what pages link to; the loader re-renders a page whose missing file appears.
        if (target?.kind === 'file' && context.site.files) {
          if (target.linked && target.lessonFile)
            data.linkedFiles.push({
              sitePath: target.sitePath.slice(1),
              lessonFile: target.lessonFile,
            });
          else if (!target.lessonFile) {
            data.missingFiles.push(target.sitePath.slice(1));
            data.problems.push(missingTarget(node.tagName, value, target.sitePath));
          }
        }
        if (node.tagName !== 'img') return;
        data.images.push({
          src: resolved,
          alt: String(node.properties?.alt ?? ''),
        });
        const dark = darkVariant(resolved, context.site);
        // The theme toggle rewrites the source's media query when the reader pins a theme.
        if (dark) {
          const img: Element = { ...node, properties: { ...node.properties, src: resolved } };
          const source: Element = {
            type: 'element',
            tagName: 'source',
            properties: {
              srcSet: dark,
              media: '(prefers-color-scheme: dark)',
              dataThemeVariant: 'dark',
            },
            children: [],
          };
          return { type: 'element', tagName: 'picture', properties: {}, children: [source, img] };
        }
      },
    },
  };
}

/**
 * A link or image naming a lesson file that is not there. Both toolchains published such a page
 * (sandpaper warned; Jekyll said nothing), so the build does too, with a warning: the learner would
 * otherwise meet a broken image or a dead link without the author having been told.
 * `lesson-site check` reports the same as an error.
 */
function missingTarget(tagName: string, written: string, sitePath: string): RenderProblem {
  const where = `(the page looks for ${sitePath})`;
  return tagName === 'img'
    ? {
        severity: 'warning',
        rule: 'images/missing',
        message: `image "${written}" is not in the lesson, so the page shows a broken image`,
        hint: `Check the spelling and the folder ${where}, or add the image file.`,
        line: 0,
        near: written,
      }
    : {
        severity: 'warning',
        rule: 'links/broken',
        message: `${tagName === 'a' ? 'link' : tagName} "${written}" leads to no page or file of the lesson`,
        hint: `Check the spelling and the folder ${where}, or add the missing file.`,
        line: 0,
        near: written,
      };
}
