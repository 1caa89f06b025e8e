/**
 * bench/RESULTS.md is written by more than one run (the build benchmark, the side-by-side run)
 * and by hand (the notes; other sections such as the package size). Each run replaces only its
 * own section, between `<!-- bench:NAME -->` and `<!-- /bench:NAME -->`, and keeps the rest.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const title = '# Benchmark results\n';

/** `text` with the section `name` set to `body`: replaced in place, or appended. */
function withSection(text: string, name: string, body: string): string {
  const open = `<!-- bench:${name} -->`;
  const close = `<!-- /bench:${name} -->`;
  const section = `${open}\n${body.trim()}\n${close}`;
  const start = text.indexOf(open);
  const end = text.indexOf(close);
  if (start !== -1 && end > start)
    return text.slice(0, start) + section + text.slice(end + close.length);
  const base = text.trim() ? text.trimEnd() : title.trimEnd();
  return `${base}\n\n${section}\n`;
}

export function writeSection(file: string, name: string, body: string): void {
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  writeFileSync(file, withSection(text, name, body));
}

/** A Markdown table of the cells as given (the benchmark's figures need no escaping). */
export function table(header: string[], rows: string[][]): string {
  return [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
}
