import type { z } from 'astro/zod';
import { DiagnosticBag } from './diagnostics.ts';
import { didYouMean } from './did-you-mean.ts';
import type { YamlSource } from './yaml-source.ts';

/** How a value found in YAML reads in a message: `"ten" (text)`, `5 (a number)`, `nothing`. */
export function describeValue(value: unknown): string {
  if (value === undefined || value === null) return 'nothing';
  if (typeof value === 'string')
    return `${JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value)} (text)`;
  if (typeof value === 'number') return `${value} (a number)`;
  if (typeof value === 'boolean') return `${value} (true/false)`;
  if (Array.isArray(value)) return `a list of ${value.length} item${value.length === 1 ? '' : 's'}`;
  if (value instanceof Date) return `the date ${value.toISOString().slice(0, 10)}`;
  return 'a mapping of keys';
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let node = data;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

export const formatPath = (path: readonly PropertyKey[]) =>
  path
    .map((k, i) => (typeof k === 'number' ? `[${k}]` : i ? `.${String(k)}` : String(k)))
    .join('') || '(top level)';

/**
 * The one place zod failures become diagnostics. Schemas state the expectation in their error
 * messages ("a whole number of minutes, such as 10"); this adds the field, the line and what was found.
 */
export function reportZodIssues(
  issues: readonly z.core.$ZodIssue[],
  data: unknown,
  yaml: YamlSource,
  bag: DiagnosticBag,
  { rule, hint }: { rule: string; hint: (field: string) => string },
): void {
  for (const issue of issues) {
    const field = formatPath(issue.path);
    const found = describeValue(valueAt(data, issue.path));
    bag.error(
      rule,
      `${field}: expected ${issue.message}, found ${found}`,
      yaml.lineOf(issue.path),
      hint(field),
    );
  }
}

/** Warn about keys no schema knows, suggesting the closest known key. */
export function reportUnknownKeys(
  data: Record<string, unknown>,
  known: readonly string[],
  yaml: YamlSource,
  bag: DiagnosticBag,
  rule: string,
): void {
  for (const key of Object.keys(data)) {
    if (known.includes(key)) continue;
    const guess = didYouMean(key, known);
    const message = guess
      ? `unknown key "${key}"; did you mean "${guess}"?`
      : `unknown key "${key}" is ignored`;
    const hint = guess ? `Rename "${key}" to "${guess}".` : `Known keys: ${known.join(', ')}.`;
    bag.warn(rule, message, yaml.lineOf([key]), hint);
  }
}
