/**
 * Tabs for Workbench `::: tab` / `::: group-tab` blocks (see rehype-tabs). Each panel keeps its
 * heading, so without this script the panels simply read in order. A `group-tab` choice (say,
 * "Windows") applies to every group on the page and is remembered for the next pages.
 */
const storageKey = 'lesson-group-tab';
let counter = 0;

function remembered(): string | null {
  try {
    return localStorage.getItem(storageKey);
  } catch {
    return null;
  }
}

function select(container: HTMLElement, title: string, focus = false): boolean {
  const tabs = [
    ...container.querySelectorAll<HTMLButtonElement>(':scope > [role="tablist"] > [role="tab"]'),
  ];
  const chosen = tabs.find((tab) => tab.dataset.tab === title);
  if (!chosen) return false;
  for (const tab of tabs) {
    const selected = tab === chosen;
    tab.setAttribute('aria-selected', String(selected));
    tab.tabIndex = selected ? 0 : -1;
    document.getElementById(tab.getAttribute('aria-controls')!)!.hidden = !selected;
  }
  if (focus) chosen.focus();
  return true;
}

function chooseGroupTab(title: string): void {
  for (const group of document.querySelectorAll<HTMLElement>('.tabs[data-tabs="group"]'))
    select(group, title);
  try {
    localStorage.setItem(storageKey, title);
  } catch {
    // Private mode: the choice lasts for this page.
  }
}

function enhance(container: HTMLElement): void {
  const panels = [...container.querySelectorAll<HTMLElement>(':scope > .tab-panel')];
  if (panels.length < 2) return;
  const list = document.createElement('div');
  list.setAttribute('role', 'tablist');
  const group = container.dataset.tabs === 'group';
  for (const panel of panels) {
    const id = `tab-${++counter}`;
    const tab = document.createElement('button');
    tab.type = 'button';
    tab.setAttribute('role', 'tab');
    tab.id = `${id}-tab`;
    tab.dataset.tab = panel.dataset.tab ?? '';
    tab.textContent = panel.dataset.tab ?? '';
    tab.setAttribute('aria-controls', (panel.id ||= `${id}-panel`));
    panel.setAttribute('role', 'tabpanel');
    panel.setAttribute('aria-labelledby', tab.id);
    panel.classList.add('tab-panel-enhanced');
    tab.addEventListener('click', () =>
      group ? chooseGroupTab(tab.dataset.tab!) : select(container, tab.dataset.tab!),
    );
    list.append(tab);
  }
  list.addEventListener('keydown', (event) => {
    const tabs = [...list.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
    const index = tabs.indexOf(document.activeElement as HTMLButtonElement);
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step || index === -1) return;
    event.preventDefault();
    const next = tabs[(index + step + tabs.length) % tabs.length]!;
    if (group) chooseGroupTab(next.dataset.tab!);
    else select(container, next.dataset.tab!);
    next.focus();
  });
  container.prepend(list);
  const initial = (group && remembered()) || panels[0]!.dataset.tab!;
  if (!select(container, initial)) select(container, panels[0]!.dataset.tab!);
}

document.querySelectorAll<HTMLElement>('.tabs').forEach(enhance);
