import type { RuleId, RuleWith, SeverityOf } from './rules.ts';

/**
 * Diagnostics are data: every problem the build or the checker finds is one of these,
 * collected first and printed in one place, so the build and `npm run check` say the same thing.
 */
export type Severity = 'error' | 'warning' | 'notice';

export interface Diagnostic {
  /** Path of the source file, relative to the lesson folder where possible. */
  file: string;
  /** 1-based line in the author's source; 0 when the problem is about the whole file. */
  line: number;
  /** 1-based column; 0 when unknown. */
  column: number;
  severity: Severity;
  /** Stable rule id, e.g. `frontmatter/unknown-key`: a key of the one table in `rules.ts`. */
  rule: RuleId;
  /** What is wrong, with what was expected and what was found. */
  message: string;
  /** One line on how to fix it. */
  hint?: string;
}

/**
 * What a diagnostic is made from: `severity` must be one the rule's entry in `rules.ts` allows, so
 * reporting a rule with another severity than its table says is a compile error too.
 */
export type DiagnosticInput<R extends RuleId = RuleId> = Omit<
  Diagnostic,
  'column' | 'line' | 'rule' | 'severity'
> & {
  rule: R;
  severity: SeverityOf<R>;
  line?: number;
  column?: number;
};

export function diagnostic<R extends RuleId>(input: DiagnosticInput<R>): Diagnostic {
  return { line: 0, column: 0, ...input };
}

/** A sink that collects diagnostics for one file, so callers need not repeat the path. */
export class DiagnosticBag {
  readonly items: Diagnostic[] = [];
  readonly file: string;
  constructor(file: string) {
    this.file = file;
  }

  add<R extends RuleId>(input: Omit<DiagnosticInput<R>, 'file'> & { file?: string }): void {
    this.items.push({ line: 0, column: 0, file: this.file, ...input });
  }
  error(rule: RuleWith<'error'>, message: string, line = 0, hint?: string): void {
    this.items.push({ file: this.file, line, column: 0, severity: 'error', rule, message, hint });
  }
  warn(rule: RuleWith<'warning'>, message: string, line = 0, hint?: string): void {
    this.items.push({ file: this.file, line, column: 0, severity: 'warning', rule, message, hint });
  }
  notice(rule: RuleWith<'notice'>, message: string, line = 0, hint?: string): void {
    this.items.push({ file: this.file, line, column: 0, severity: 'notice', rule, message, hint });
  }
}

export const hasErrors = (items: readonly Diagnostic[]): boolean =>
  items.some((d) => d.severity === 'error');

/** Sort by file, then line, then column, so output is stable whatever order files were read in. */
export function sortDiagnostics(items: readonly Diagnostic[]): Diagnostic[] {
  return [...items].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      a.rule.localeCompare(b.rule),
  );
}

/** Drop exact repeats (the same problem reported by two passes over one file). */
export function dedupeDiagnostics(items: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return items.filter((d) => {
    const key = `${d.file}\0${d.line}\0${d.column}\0${d.rule}\0${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function location(d: Diagnostic): string {
  if (!d.line) return d.file;
  return d.column ? `${d.file}:${d.line}:${d.column}` : `${d.file}:${d.line}`;
}

export interface TextFormatOptions {
  color?: boolean;
}

const paint = (on: boolean, code: number, text: string) =>
  on ? `\u001b[${code}m${text}\u001b[0m` : text;
const severityColor: Record<Severity, number> = { error: 31, warning: 33, notice: 36 };

/** `file:line:col  severity  message  (rule)`, with the hint on the next line. */
export function formatDiagnostic(d: Diagnostic, { color = false }: TextFormatOptions = {}): string {
  const head = `${location(d)}  ${paint(color, severityColor[d.severity], d.severity)}  ${d.message}  ${paint(color, 2, `(${d.rule})`)}`;
  return d.hint ? `${head}\n    ${paint(color, 2, `hint: ${d.hint}`)}` : head;
}

/** GitHub Actions workflow command, so problems show up on the pull request's lines. */
const escapeData = (s: string) =>
  s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** GitHub Actions workflow command, so problems show up on the pull request's lines. */
export function formatGithub(d: Diagnostic): string {
  const props = [`file=${escapeProperty(d.file)}`];
  if (d.line) props.push(`line=${d.line}`);
  if (d.column) props.push(`col=${d.column}`);
  props.push(`title=${escapeProperty(d.rule)}`);
  const text = d.hint ? `${d.message} (hint: ${d.hint})` : d.message;
  return `::${d.severity} ${props.join(',')}::${escapeData(text)}`;
}

export function summarize(items: readonly Diagnostic[]): string {
  const count = (s: Severity) => items.filter((d) => d.severity === s).length;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}, ${plural(count('notice'), 'notice')}`;
}

/** Where a build prints its problems: Astro's logger in the loader, the console in the command. */
export interface DiagnosticLog {
  info(line: string): void;
  warn(line: string): void;
  error(line: string): void;
}

/** Every problem once, sorted, each at its severity, then the tally: what every build prints. */
export function reportDiagnostics(
  diagnostics: readonly Diagnostic[],
  log: DiagnosticLog,
  { color = false }: TextFormatOptions = {},
): void {
  if (!diagnostics.length) return;
  for (const d of sortDiagnostics(diagnostics)) {
    const line = formatDiagnostic(d, { color });
    if (d.severity === 'error') log.error(line);
    else if (d.severity === 'warning') log.warn(line);
    else log.info(line);
  }
  log.info(summarize(diagnostics));
}

/**
 * Thrown by a build whose lesson has errors, after the diagnostics were printed: its message is
 * the one line that says so, and it has no stack, since the problem is in the lesson, not in the
 * code that found it (Astro prints a thrown error's stack when it has one).
 */
export class LessonBuildError extends Error {
  readonly errors: number;
  constructor(errors: number) {
    super('The lesson has errors (listed above); fix them and build again.');
    this.name = 'LessonBuildError';
    this.errors = errors;
    this.stack = '';
  }
}
