/**
 * The theme toggle: switches between light and dark and remembers the choice across pages
 * (localStorage). The inline script in <head> applies the stored choice before first paint.
 */
const root = document.documentElement;
const media = matchMedia('(prefers-color-scheme: dark)');
const current = () =>
  (root.dataset.theme ?? (media.matches ? 'dark' : 'light')) as 'light' | 'dark';

/** Images with a `-dark` variant follow the page's theme, not only the system setting. */
function syncImages(): void {
  const pinned = root.dataset.theme;
  for (const source of document.querySelectorAll<HTMLSourceElement>(
    'source[data-theme-variant="dark"]',
  )) {
    source.media = pinned
      ? pinned === 'dark'
        ? 'all'
        : 'not all'
      : '(prefers-color-scheme: dark)';
  }
}

/**
 * A toggle button: its name ("Dark theme") never changes, `aria-pressed` says whether the dark
 * theme is on, as the pattern requires; a name that named the current theme would contradict it.
 */
function label(button: HTMLButtonElement): void {
  button.setAttribute('aria-pressed', String(current() === 'dark'));
}

for (const button of document.querySelectorAll<HTMLButtonElement>('.theme-toggle')) {
  button.hidden = false;
  label(button);
  button.addEventListener('click', () => {
    const next = current() === 'dark' ? 'light' : 'dark';
    root.dataset.theme = next;
    syncImages();
    try {
      localStorage.setItem('lesson-theme', next);
    } catch {
      // Private mode: the choice lasts for this page only.
    }
    label(button);
  });
}
media.addEventListener('change', () =>
  document.querySelectorAll<HTMLButtonElement>('.theme-toggle').forEach(label),
);
syncImages();
