/**
 * The theme toggle: switches between light and dark and remembers the choice across pages
 * (localStorage). The inline script in <head> applies the stored choice before first paint.
 */
const root = document.documentElement;
const media = matchMedia('(prefers-color-scheme: dark)');
const current = () => (root.dataset.theme ?? (media.matches ? 'dark' : 'light')) as 'light' | 'dark';

function label(button: HTMLButtonElement): void {
  const dark = current() === 'dark';
  button.setAttribute('aria-pressed', String(dark));
  button.textContent = dark ? 'Dark theme' : 'Light theme';
}

for (const button of document.querySelectorAll<HTMLButtonElement>('.theme-toggle')) {
  button.hidden = false;
  label(button);
  button.addEventListener('click', () => {
    const next = current() === 'dark' ? 'light' : 'dark';
    root.dataset.theme = next;
    try {
      localStorage.setItem('lesson-theme', next);
    } catch {
      // Private mode: the choice lasts for this page only.
    }
    label(button);
  });
}
media.addEventListener('change', () => document.querySelectorAll<HTMLButtonElement>('.theme-toggle').forEach(label));
