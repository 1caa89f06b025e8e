/**
 * The header search box: nothing loads until the box is first focused (or the page is the
 * search page); then scripts/search-ui.ts and pagefind's index come in on demand.
 */
type SearchUi = typeof import('./search-ui.ts');
let ui: Promise<SearchUi> | undefined;
const loadUi = () => (ui ??= import('./search-ui.ts'));

const form = document.querySelector<HTMLFormElement>('form.site-search');
const input = form?.querySelector<HTMLInputElement>('input[type="search"]');
if (form && input) {
  const start = () => void loadUi().then((m) => m.attachHeader(form, input));
  input.addEventListener('focus', start, { once: true });
  // Typed into before focus ever fired (autofill, a restored page): start as well.
  input.addEventListener('input', start, { once: true });
}

const page = document.querySelector<HTMLElement>('[data-search-page]');
if (page) void loadUi().then((m) => m.attachPage(page));
