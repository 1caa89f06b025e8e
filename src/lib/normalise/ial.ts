/**
 * kramdown inline attribute lists: `{: .challenge}`, `{: .language-bash}`, `{: style="…" #id}`.
 * Lessons also write the class without its dot (`{: output}`); kramdown would drop that silently,
 * we read it as the class and warn.
 */
export interface Ial {
  classes: string[];
  id?: string;
  attributes: Record<string, string>;
  /** Bare words read as classes because the dot was missing. */
  undotted: string[];
  /** `{:auto_ids}` and similar kramdown options rather than attributes. */
  option?: string;
}

/** Written as `{:auto_ids}`: switches, not attributes; our headings always get ids. */
const kramdownOptions = new Set(['auto_ids', 'toc', 'no_toc']);

const ialLine = /^\s*\{:\s*(.*?)\s*\}\s*$/;

export const isIalLine = (text: string) => ialLine.test(text);

export function parseIal(text: string): Ial | undefined {
  const m = ialLine.exec(text);
  if (!m) return undefined;
  const body = m[1]!;
  const ial: Ial = { classes: [], attributes: {}, undotted: [] };
  if (kramdownOptions.has(body)) {
    ial.option = body;
    return ial;
  }
  const token = /\.([\w-]+)|#([\w-]+)|([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|(\S+))|([\w-]+)/g;
  for (const t of body.matchAll(token)) {
    if (t[1]) ial.classes.push(t[1]);
    else if (t[2]) ial.id = t[2];
    else if (t[3]) ial.attributes[t[3]] = t[4] ?? t[5] ?? t[6] ?? '';
    else if (t[7]) {
      ial.classes.push(t[7]);
      ial.undotted.push(t[7]);
    }
  }
  return ial;
}
