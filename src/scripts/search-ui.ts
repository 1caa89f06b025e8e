/**
 * Search results from pagefind's index (built by src/integration/pagefind-integration.ts):
 * each result names its page and the sections that match, each linked to its heading. Loaded
 * on demand by scripts/search.ts; pagefind's own JavaScript and index load on first search.
 * Pagefind searches the index of the page's language (`<html lang>`), in which it was built.
 */
import resultsStylesheet from '../styles/search-results.css?url';
import { text } from './ui-strings.ts';

// The results' styles come with this script, since most pages never show a result (a stylesheet
// imported here would be put into every page). The module is ready once they are.
await new Promise<void>((resolve) => {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = resultsStylesheet;
  link.onload = link.onerror = () => resolve();
  document.head.append(link);
});

interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  locations?: number[];
  weighted_locations?: { weight: number }[];
}
interface ResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results?: SubResult[];
}
interface Result {
  id: string;
  data: () => Promise<ResultData>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  debouncedSearch: (
    query: string,
    options?: object,
    ms?: number,
  ) => Promise<{ results: Result[] } | null>;
}

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
/** Each view searches its own index: the instructor view's holds the instructor notes. */
const indexRoot =
  document.documentElement.dataset.view === 'instructor' ? `${base}instructor/` : base;
let pagefind: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (
    import(/* @vite-ignore */ `${indexRoot}pagefind/pagefind.js`) as Promise<Pagefind>
  ).then(async (module) => {
    await module.options({ baseUrl: base, excerptLength: 24 });
    void module.init();
    return module;
  });
  return pagefind;
}

const weight = (sub: SubResult) =>
  sub.weighted_locations?.reduce((sum, l) => sum + l.weight, 0) ?? sub.locations?.length ?? 0;

/** The best-matching sections of a page (those with a heading anchor), best first. */
function sections(data: ResultData, limit: number): SubResult[] {
  return (data.sub_results ?? [])
    .filter((sub) => sub.url.includes('#') && sub.title !== data.meta.title)
    .sort((a, b) => weight(b) - weight(a))
    .slice(0, limit);
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Pagefind's excerpts are escaped page text with <mark> around matches. */
function excerpt(html: string): HTMLElement {
  const p = el('span', 'search-excerpt');
  p.innerHTML = html;
  return p;
}

function renderResult(data: ResultData, sectionLimit: number): HTMLLIElement {
  const item = el('li', 'search-result');
  const title = el('a', 'search-result-title', data.meta.title ?? data.url);
  title.href = data.url;
  item.append(title);
  const subs = sections(data, sectionLimit);
  if (subs.length === 0) {
    item.append(excerpt(data.excerpt));
    return item;
  }
  const list = el('ul', 'search-result-sections');
  for (const sub of subs) {
    const link = el('a');
    link.href = sub.url;
    link.append(el('span', 'search-section-title', sub.title), excerpt(sub.excerpt));
    const li = el('li');
    li.append(link);
    list.append(li);
  }
  item.append(list);
  return item;
}

/**
 * Search and show results in `container`; `status` announces the count. Returns false when a
 * newer search superseded this one.
 */
async function show(
  query: string,
  container: HTMLElement,
  status: HTMLElement,
  limit: number,
  sectionLimit: number,
  more?: (all: number) => HTMLElement | undefined,
): Promise<void> {
  const trimmed = query.trim();
  if (!trimmed) {
    container.replaceChildren();
    status.textContent = '';
    return;
  }
  if (!container.firstChild) status.textContent = text('search.searching');
  let found: { results: Result[] } | null;
  try {
    found = await (await loadPagefind()).debouncedSearch(trimmed, {}, 150);
  } catch {
    status.textContent = text('search.unavailable', { command: 'npm run build' });
    container.replaceChildren();
    return;
  }
  if (!found) return;
  const data = await Promise.all(found.results.slice(0, limit).map((r) => r.data()));
  const list = el('ol', 'search-results');
  list.append(...data.map((d) => renderResult(d, sectionLimit)));
  status.textContent = found.results.length
    ? text('search.resultCount', { count: found.results.length, query: trimmed })
    : text('search.noResults', { query: trimmed });
  const extra = more?.(found.results.length);
  container.replaceChildren(list, ...(extra ? [extra] : []));
}

/** Results under the header box as you type; Enter opens the search page with every result. */
export function attachHeader(form: HTMLFormElement, input: HTMLInputElement): void {
  if (form.dataset.enhanced) return;
  form.dataset.enhanced = 'true';
  const panel = el('div', 'search-panel');
  panel.id = 'site-search-panel';
  panel.hidden = true;
  const status = el('p', 'search-status');
  status.setAttribute('role', 'status');
  const results = el('div');
  panel.append(status, results);
  form.after(panel);
  input.setAttribute('aria-controls', panel.id);
  void loadPagefind().catch(() => undefined);

  const limit = 6;
  const more = (all: number) => {
    if (all <= limit) return undefined;
    const link = el('a', 'search-more', text('search.allResults', { count: all }));
    link.href = `${form.action}?q=${encodeURIComponent(input.value.trim())}`;
    return link;
  };
  const update = () => {
    panel.hidden = input.value.trim() === '';
    void show(input.value, results, status, limit, 2, more);
  };
  const close = () => {
    panel.hidden = true;
  };
  input.addEventListener('input', update);
  input.addEventListener('focus', () => {
    if (input.value.trim()) panel.hidden = false;
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      if (panel.hidden) input.value = '';
      close();
    }
  });
  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      close();
      input.focus();
    }
  });
  document.addEventListener('pointerdown', (event) => {
    if (!form.contains(event.target as Node) && !panel.contains(event.target as Node)) close();
  });
  document.addEventListener('focusin', (event) => {
    if (!form.contains(event.target as Node) && !panel.contains(event.target as Node)) close();
  });
  if (input.value.trim()) update();
}

/** The search page: the query from `?q=`, every result, updated as the query changes. */
export function attachPage(root: HTMLElement): void {
  const input = root.querySelector<HTMLInputElement>('input[type="search"]');
  const results = root.querySelector<HTMLElement>('.search-page-results');
  const form = root.querySelector<HTMLFormElement>('form');
  if (!input || !results || !form) return;
  root.querySelector<HTMLElement>('.search-needs-js')?.setAttribute('hidden', '');
  const status = el('p', 'search-status');
  status.setAttribute('role', 'status');
  results.before(status);
  let limit = 20;
  const more = (all: number) => {
    if (all <= limit) return undefined;
    const button = el('button', 'search-more', text('search.showMore', { count: all - limit }));
    button.type = 'button';
    button.addEventListener('click', () => {
      limit += 20;
      void run(false);
    });
    return button;
  };
  const run = async (updateUrl: boolean) => {
    if (updateUrl) {
      const url = new URL(location.href);
      if (input.value.trim()) url.searchParams.set('q', input.value.trim());
      else url.searchParams.delete('q');
      history.replaceState(null, '', url);
    }
    await show(input.value, results, status, limit, 4, more);
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(true);
  });
  input.addEventListener('input', () => {
    limit = 20;
    void run(true);
  });
  input.value = new URLSearchParams(location.search).get('q') ?? '';
  if (input.value) void run(false);
  else input.focus();
}
