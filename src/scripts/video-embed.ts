/**
 * Video facade: swap the local placeholder for the youtube-nocookie player on click, so nothing
 * is requested from YouTube before the learner asks for it.
 */
function play(frame: HTMLElement): void {
  const src = frame.dataset.player;
  if (!src) return;
  const iframe = document.createElement('iframe');
  iframe.src = src;
  iframe.title = frame.dataset.title ?? 'YouTube video';
  iframe.allow =
    'accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture';
  iframe.allowFullscreen = true;
  iframe.referrerPolicy = 'strict-origin-when-cross-origin';
  frame.replaceChildren(iframe);
  iframe.focus();
}

document.addEventListener('click', (event) => {
  const button = (event.target as Element | null)?.closest<HTMLButtonElement>('.video-play');
  const frame = button?.closest<HTMLElement>('.video-frame');
  if (frame) play(frame);
});
