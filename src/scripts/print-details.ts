/**
 * Printing opens folded solutions, hints and spoilers (CSS cannot open a <details>), then closes
 * again those the reader had closed, so the page is as it was after the print dialog.
 */
// Every callout that folds is a <details> (see rehype-callouts); print opens them all.
const foldable = 'details.callout';
let opened: HTMLDetailsElement[] = [];

addEventListener('beforeprint', () => {
  opened = [...document.querySelectorAll<HTMLDetailsElement>(foldable)].filter(
    (details) => !details.open,
  );
  for (const details of opened) details.open = true;
});

addEventListener('afterprint', () => {
  for (const details of opened) details.open = false;
  opened = [];
});
