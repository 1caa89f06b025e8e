import type { Element, Root, RootContent } from 'hast';
import { stringProperty } from './structure.ts';

/** A resource a browser fetches from another origin as soon as the page loads, without a click. */
export interface ThirdPartyRequest {
  url: string;
  /** `script[src]`, `link[rel=stylesheet]`, `style url()`… */
  via: string;
  /**
   * An author's explicit image (`<img>`, or a `<picture>` source): the reference toolchains load it
   * too, so it is reported apart and not held against the generator.
   */
  image: boolean;
  line: number;
}

/** Link relations that make the browser fetch or connect on load; `preconnect` leaks the visit as much as a fetch. */
const fetchingRels = new Set([
  'stylesheet',
  'preload',
  'modulepreload',
  'icon',
  'apple-touch-icon',
  'mask-icon',
  'prefetch',
  'preconnect',
  'dns-prefetch',
  'manifest',
]);

/** Which attributes of which elements are fetched on load. */
const fetchedAttributes: Record<string, readonly string[]> = {
  script: ['src'],
  iframe: ['src'],
  frame: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  source: ['src', 'srcSet'],
  track: ['src'],
  object: ['data'],
  embed: ['src'],
  img: ['src', 'srcSet'],
  input: ['src'],
};

/** Schemes that name data in the page or the browser, not another server. */
const localSchemes = /^(data|blob|about|javascript|mailto|tel):/i;

/** `https://x/…`, `//x/…`: a server other than the site's own (every URL of ours is relative or root-relative). */
export function isExternal(url: string): boolean {
  const trimmed = url.trim();
  if (trimmed.startsWith('//')) return true;
  return /^[a-z][a-z\d+.-]*:/i.test(trimmed) && !localSchemes.test(trimmed);
}

const srcsetUrls = (value: string) =>
  value
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);

/** `url(…)` and `@import "…"` in CSS text. CSS, not HTML: a pattern is the right tool here. */
export function cssUrls(css: string): string[] {
  const urls: string[] = [];
  for (const m of css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/gi))
    urls.push(m[1] ?? m[2] ?? m[3] ?? '');
  for (const m of css.matchAll(/@import\s+(?:"([^"]*)"|'([^']*)')/gi))
    urls.push(m[1] ?? m[2] ?? '');
  return urls.filter(Boolean);
}

function requestsOf(node: Element, parent: Element | undefined, out: ThirdPartyRequest[]): void {
  const line = node.position?.start.line ?? 0;
  const add = (url: string, via: string, image: boolean) => {
    if (isExternal(url)) out.push({ url: url.trim(), via, image, line });
  };
  const tag = node.tagName;
  if (tag === 'link') {
    const rels = String(node.properties?.rel ?? '')
      .split(/[\s,]+/)
      .map((r) => r.toLowerCase());
    const rel = rels.find((r) => fetchingRels.has(r));
    const href = stringProperty(node, 'href');
    if (rel && href) add(href, `link[rel=${rel}]`, false);
  }
  // A <source> of a <picture> is the image itself in another size or theme.
  const image = tag === 'img' || (tag === 'source' && parent?.tagName === 'picture');
  for (const name of fetchedAttributes[tag] ?? []) {
    if (tag === 'input' && String(node.properties?.type ?? '').toLowerCase() !== 'image') continue;
    const value = stringProperty(node, name);
    if (!value) continue;
    const attribute = name === 'srcSet' ? 'srcset' : name;
    for (const url of name === 'srcSet' ? srcsetUrls(value) : [value])
      add(url, `${tag}[${attribute}]`, image);
  }
  const style = stringProperty(node, 'style');
  if (style) for (const url of cssUrls(style)) add(url, `${tag}[style] url()`, false);
  if (tag === 'style')
    for (const url of cssUrls(
      node.children.map((c) => (c.type === 'text' ? c.value : '')).join(''),
    ))
      add(url, 'style url()', false);
}

/**
 * Every third-party request one built page makes on load, found statically: the resources a
 * browser fetches without a click (scripts, stylesheets, icons, frames, media, objects, images,
 * CSS `url()`s). Links (`<a href>`) wait for a click and are not requests. A `<template>`'s
 * content is inert until a script uses it, and `<noscript>` is not rendered with scripts on, so
 * both are left out.
 */
export function thirdPartyRequests(tree: Root): ThirdPartyRequest[] {
  const out: ThirdPartyRequest[] = [];
  const walk = (node: Root | Element, parent: Element | undefined) => {
    for (const child of node.children as RootContent[]) {
      if (child.type !== 'element' || child.tagName === 'template' || child.tagName === 'noscript')
        continue;
      requestsOf(child, parent, out);
      walk(child, child);
    }
  };
  walk(tree, undefined);
  return out;
}

/** A page that only sends the browser elsewhere (`<meta http-equiv="refresh">`): an old address. */
export function isRedirect(tree: Root): boolean {
  let found = false;
  const walk = (node: Root | Element) => {
    for (const child of node.children as RootContent[]) {
      if (child.type !== 'element') continue;
      if (
        child.tagName === 'meta' &&
        String(child.properties?.httpEquiv ?? '').toLowerCase() === 'refresh'
      )
        found = true;
      else walk(child);
    }
  };
  walk(tree);
  return found;
}
