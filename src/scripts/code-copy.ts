/**
 * A Copy button on each code block (not output or error blocks): copies the code without its
 * `$ `/`> ` prompts, and says "Copied" to screen readers as well as on the button, in the page's
 * language.
 */
import { stripPrompts } from '../lib/prompts.ts';
import { text } from './ui-strings.ts';

const blocks = document.querySelectorAll<HTMLElement>('.code-block.code-input');
let live: HTMLElement | undefined;

function announce(message: string): void {
  if (!live) {
    live = document.createElement('p');
    live.className = 'visually-hidden';
    live.setAttribute('aria-live', 'polite');
    document.body.append(live);
  }
  // Cleared first, so copying twice announces twice.
  live.textContent = '';
  const region = live;
  setTimeout(() => (region.textContent = message), 50);
}

async function writeClipboard(text: string): Promise<void> {
  if (navigator.clipboard?.writeText) return navigator.clipboard.writeText(text);
  // Pages opened from file:// or plain http have no async clipboard.
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  const ok = document.execCommand('copy');
  area.remove();
  if (!ok) throw new Error('copy refused');
}

async function copy(button: HTMLButtonElement): Promise<void> {
  const block = button.closest<HTMLElement>('.code-block');
  const code = block?.querySelector('pre');
  if (!block || !code) return;
  const language = [...block.classList]
    .find((c) => c.startsWith('language-'))
    ?.slice('language-'.length);
  let message = text('code.copied');
  try {
    await writeClipboard(stripPrompts(code.textContent ?? '', language));
  } catch {
    message = text('code.copyFailed');
  }
  button.textContent = message;
  announce(message);
  clearTimeout(Number(button.dataset.timer));
  button.dataset.timer = String(setTimeout(() => (button.textContent = text('code.copy')), 2000));
}

for (const block of blocks) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'code-copy';
  button.textContent = text('code.copy');
  button.addEventListener('click', () => void copy(button));
  block.append(button);
}
