/**
 * The header's page groups ("Learner resources", "Instructor resources") are <details> that drop
 * down over the page on wide screens: opening one closes the other, and a click elsewhere or
 * Escape closes them (Escape returns focus to the group's summary). On phones they sit inside the
 * folded header menu, which Escape closes too.
 */
const groups = [...document.querySelectorAll<HTMLDetailsElement>('.site-nav details.nav-group')];
const menu = document.querySelector<HTMLDetailsElement>('details.site-menu');
const narrow = matchMedia('(width < 56rem)');

for (const group of groups)
  group.addEventListener('toggle', () => {
    if (group.open) for (const other of groups) if (other !== group) other.open = false;
  });

document.addEventListener('click', (event) => {
  const target = event.target as Node | null;
  for (const group of groups) if (group.open && !group.contains(target)) group.open = false;
});

document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape') return;
  const open = groups.find((group) => group.open);
  if (open) {
    open.open = false;
    open.querySelector('summary')?.focus();
  } else if (menu?.open && narrow.matches && menu.contains(document.activeElement)) {
    menu.open = false;
    menu.querySelector('summary')?.focus();
  }
});
