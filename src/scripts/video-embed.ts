/**
 * Click-to-load embeds (see `plugins/rehype-video-embed.ts`). The page ships each placeholder as a
 * link to the source, which is what learners without JavaScript get. Here it becomes a real
 * `<button>` that swaps in the frame (YouTube through youtube-nocookie.com) when pressed, so
 * nothing is requested from the provider before the learner asks for it.
 */

// Video players need these to play, go full screen and keep playing in a small window.
const playerAllow = 'autoplay; encrypted-media; fullscreen; picture-in-picture';

function load(frame: HTMLElement): void {
  const { player, title, allow, sandbox, referrerPolicy, allowFullScreen } = frame.dataset;
  if (!player) return;
  const iframe = document.createElement('iframe');
  iframe.src = player;
  iframe.title = title ?? '';
  const isVideo = frame.closest('.embed-video, .embed-animation') !== null;
  iframe.allow = allow ?? (isVideo ? playerAllow : '');
  if (allowFullScreen !== undefined || isVideo) iframe.allowFullscreen = true;
  if (sandbox !== undefined) iframe.setAttribute('sandbox', sandbox);
  iframe.referrerPolicy = (referrerPolicy ?? 'strict-origin-when-cross-origin') as ReferrerPolicy;
  frame.classList.add('is-loaded');
  frame.replaceChildren(iframe);
  iframe.focus();
}

/** The link placeholder as a button with the same content and name: pressing it plays in place. */
function upgrade(link: HTMLAnchorElement): void {
  const frame = link.parentElement;
  if (!frame?.dataset.player) return;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = link.className;
  button.setAttribute('aria-label', link.getAttribute('aria-label') ?? '');
  button.append(...link.childNodes);
  link.replaceWith(button);
}

document.querySelectorAll<HTMLAnchorElement>('a.embed-open').forEach(upgrade);

document.addEventListener('click', (event) => {
  const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button.embed-open');
  const frame = button?.parentElement;
  if (frame) load(frame);
});
