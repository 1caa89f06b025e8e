import { formatDiagnostic, formatGithub, summarize, type Diagnostic } from '../diagnostics.ts';
import type { CheckResult } from './run-check.ts';

export type OutputFormat = 'text' | 'github' | 'json';
export const outputFormats: readonly OutputFormat[] = ['text', 'github', 'json'];

export interface ReportOptions {
  format: OutputFormat;
  /** ANSI colours (text format only): on a TTY unless NO_COLOR is set. */
  color?: boolean;
  /** Warnings count as errors for the exit code. */
  strict?: boolean;
}

/** Whether the check fails: any error, or with `strict` any warning. Notices never fail it. */
export const failed = (items: readonly Diagnostic[], strict = false) =>
  items.some((d) => d.severity === 'error' || (strict && d.severity === 'warning'));

const bold = (on: boolean, text: string) => (on ? `\u001b[1;4m${text}\u001b[0m` : text);

function summaryLine(result: CheckResult, strict: boolean): string {
  const files = `${result.files} file${result.files === 1 ? '' : 's'}`;
  return `${summarize(result.diagnostics)} in ${files} (${result.ms} ms)${strict ? '; --strict: warnings count as errors' : ''}`;
}

/** Diagnostics grouped under a header per file, in the order `checkLesson` sorted them. */
function text(result: CheckResult, color: boolean, strict: boolean): string {
  const out: string[] = [];
  let current: string | undefined;
  for (const d of result.diagnostics) {
    if (d.file !== current) {
      current = d.file;
      out.push('', bold(color, d.file));
    }
    out.push(formatDiagnostic(d, { color }).replace(/^/gm, '  '));
  }
  if (out.length) out.push('');
  out.push(summaryLine(result, strict));
  return out.join('\n');
}

/** The report as one string, ready to print (no trailing newline). */
export function formatReport(
  result: CheckResult,
  { format, color = false, strict = false }: ReportOptions,
): string {
  if (format === 'json') {
    const count = (severity: Diagnostic['severity']) =>
      result.diagnostics.filter((d) => d.severity === severity).length;
    const summary = {
      errors: count('error'),
      warnings: count('warning'),
      notices: count('notice'),
      files: result.files,
      ms: result.ms,
      failed: failed(result.diagnostics, strict),
    };
    return JSON.stringify({ summary, diagnostics: result.diagnostics }, null, 2);
  }
  if (format === 'github')
    return [...result.diagnostics.map(formatGithub), summaryLine(result, strict)].join('\n');
  return text(result, color, strict);
}
