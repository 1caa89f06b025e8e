/**
 * Where a component of the generator renders inside a lesson page: a styles lesson's theme include
 * (`{% include syllabus.html %}`) becomes `::slot{name="schedule"}` in the Markdown, and the render
 * pipeline leaves this comment in the page's HTML. The page splits its HTML at these comments and
 * renders the component in between. Writer and reader are both here, so they cannot drift apart.
 */
export const slotNames = ['schedule', 'about', 'figures', 'all-in-one'] as const;
export type SlotName = (typeof slotNames)[number];

const prefix = 'lesson-slot:';

export const slotComment = (name: SlotName) => `${prefix}${name}`;

export const isSlotName = (name: string): name is SlotName =>
  (slotNames as readonly string[]).includes(name);

/** Whether the HTML has a slot comment (or anything `splitAtSlots` would take for one). */
export const hasSlots = (html: string) => html.includes(`<!--${prefix}`);

/** A page's HTML as pieces of HTML and the slots between them, in order. */
export type HtmlPart = { html: string } | { slot: SlotName };

export function splitAtSlots(html: string): HtmlPart[] {
  const parts: HtmlPart[] = [];
  let rest = html;
  for (;;) {
    const at = rest.indexOf(`<!--${prefix}`);
    if (at === -1) break;
    const end = rest.indexOf('-->', at);
    if (end === -1) break;
    const name = rest.slice(at + 4 + prefix.length, end);
    if (at > 0) parts.push({ html: rest.slice(0, at) });
    if (isSlotName(name)) parts.push({ slot: name });
    rest = rest.slice(end + 3);
  }
  if (rest) parts.push({ html: rest });
  return parts;
}
