/**
 * Shows the "back to top" button once the reader is two screens down a page, and hides it near
 * the top; a long episode on a phone is otherwise a long swipe back to the menus.
 */
const button = document.querySelector<HTMLAnchorElement>('.back-to-top');
if (button) {
  const update = () => {
    button.hidden = window.scrollY < window.innerHeight * 2;
  };
  addEventListener('scroll', update, { passive: true });
  update();
  button.addEventListener('click', (event) => {
    event.preventDefault();
    const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
    window.scrollTo({ top: 0, behavior: smooth ? 'smooth' : 'auto' });
    // Keyboard users continue from the top of the page, not from the button.
    document.querySelector<HTMLElement>('.skip-link')?.focus({ preventScroll: true });
  });
}
