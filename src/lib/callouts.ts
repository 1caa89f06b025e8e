/**
 * The one vocabulary table for callouts. The styles normaliser (blockquote + IAL), the fenced-div
 * normaliser, the checker, the components and the CSS class names all read it.
 */
export interface CalloutKind {
  /** Canonical name, as written in a fenced div (`::: challenge`) or a kramdown class (`.challenge`). */
  name: string;
  /** Label shown above the author's title. */
  label: string;
  /** Folds behind a `<summary>` (solutions, hints, spoilers); open in print. */
  folds: boolean;
  /** Lifted out of the body into the episode's overview or key points box (Workbench divs). */
  lifted?: 'questions' | 'objectives' | 'keypoints';
  /** Shown only in the instructor view. */
  instructorOnly?: boolean;
  /** A set of tabs: each heading inside starts a tab; `group-tab` choices persist across pages. */
  tabs?: boolean;
}

const kinds: CalloutKind[] = [
  { name: 'challenge', label: 'Challenge', folds: false },
  { name: 'solution', label: 'Solution', folds: true },
  { name: 'hint', label: 'Hint', folds: true },
  { name: 'spoiler', label: 'Show details', folds: true },
  { name: 'callout', label: 'Callout', folds: false },
  { name: 'caution', label: 'Caution', folds: false },
  { name: 'warning', label: 'Warning', folds: false },
  { name: 'discussion', label: 'Discussion', folds: false },
  { name: 'prereq', label: 'Prerequisite', folds: false },
  { name: 'checklist', label: 'Checklist', folds: false },
  { name: 'testimonial', label: 'Testimonial', folds: false },
  { name: 'quotation', label: 'Quotation', folds: false },
  { name: 'instructor', label: 'Instructor note', folds: false, instructorOnly: true },
  { name: 'keypoints', label: 'Key points', folds: false, lifted: 'keypoints' },
  { name: 'objectives', label: 'Objectives', folds: false, lifted: 'objectives' },
  { name: 'questions', label: 'Questions', folds: false, lifted: 'questions' },
  { name: 'tab', label: 'Tabs', folds: false, tabs: true },
  { name: 'group-tab', label: 'Tabs', folds: false, tabs: true },
];

export const calloutKinds: ReadonlyMap<string, CalloutKind> = new Map(
  kinds.map((k) => [k.name, k]),
);
export const calloutNames = kinds.map((k) => k.name);

export const calloutKind = (name: string): CalloutKind | undefined =>
  calloutKinds.get(name.toLowerCase());

/** CSS class of a callout box; stylesheets and components use this, never a literal. */
export const calloutClass = (name: string) => `callout callout-${name}`;

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export interface CalloutOpening {
  /** The author's title line (a Markdown heading such as `## Solution`), if any. */
  heading?: string;
  /** An explicit id (`{.challenge #id}`). */
  id?: string;
}

/**
 * HTML lines that open a callout. The blank lines matter: they end each HTML block, so the
 * Markdown between the wrappers is parsed as Markdown (CommonMark HTML block rule 6).
 */
export function openCallout(kind: CalloutKind, { heading, id }: CalloutOpening = {}): string[] {
  const idAttribute = id ? ` id="${escapeAttribute(id)}"` : '';
  // Tabs keep their headings in the body: `rehype-tabs` makes each one a tab.
  if (kind.tabs) return [`<div class="tabs" data-tabs="${kind.name}"${idAttribute}>`, ''];
  const classes = calloutClass(kind.name);
  if (kind.folds) {
    const summary = heading
      ? ['<summary>', '', heading, '', '</summary>']
      : [`<summary>${kind.label}</summary>`];
    return [`<details class="${classes}"${idAttribute}>`, ...summary, ''];
  }
  const label = `<p class="callout-label">${kind.label}</p>`;
  return [`<div class="${classes}"${idAttribute}>`, label, '', ...(heading ? [heading, ''] : [])];
}

export function closeCallout(kind: CalloutKind): string[] {
  return ['', kind.folds ? '</details>' : '</div>', ''];
}
