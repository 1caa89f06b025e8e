/**
 * Keyboard shortcuts: `/` focuses the search box; `←`/`→` open the previous/next episode
 * (the pagination's rel=prev/next links). Never while typing, with a modifier key held, or
 * where the arrow keys already mean something (tabs, scrolling a wide code block or table).
 */
function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target.matches(
      'input, textarea, select, [role="textbox"], [role="combobox"], [role="listbox"], [role="slider"], [role="tablist"] *, [role="tab"], [role="menu"] *, [role="radiogroup"] *',
    )
  );
}

/** An element that scrolls sideways (code, tables) uses the arrow keys itself. */
function scrollsSideways(target: EventTarget | null): boolean {
  for (
    let node = target instanceof Element ? target : null;
    node && node !== document.body;
    node = node.parentElement
  ) {
    if (node.scrollWidth > node.clientWidth + 1 && getComputedStyle(node).overflowX !== 'visible')
      return true;
  }
  return false;
}

document.addEventListener('keydown', (event) => {
  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.isComposing)
    return;
  if (typing(event.target)) return;
  if (event.key === '/') {
    const box = document.querySelector<HTMLInputElement>('#search-page-input, #site-search-input');
    if (!box) return;
    event.preventDefault();
    box.focus();
    box.select();
    return;
  }
  if (event.shiftKey || (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight')) return;
  if (scrollsSideways(event.target)) return;
  const link = document.querySelector<HTMLAnchorElement>(
    event.key === 'ArrowLeft' ? 'a[rel~="prev"]' : 'a[rel~="next"]',
  );
  if (!link) return;
  event.preventDefault();
  link.click();
});
