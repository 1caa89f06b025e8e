import type { z } from 'astro/zod';
import { DiagnosticBag, type Diagnostic } from './diagnostics.ts';
import { didYouMean } from './did-you-mean.ts';
import type { RuleWith } from './rules.ts';
import type { Coercions } from './schemas/lenient.ts';
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
  { rule, hint }: { rule: RuleWith<'error'>; hint: (field: string) => string },
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

/**
 * The rules of each YAML record read leniently: a value read as its toolchain read it is a
 * `…/coerced` warning, one no reading can use a `…/schema` error. Spelt out, not built from the
 * family's name, so each id is a literal the rule table (`rules.ts`) and its test can see.
 */
const familyRules = {
  config: { coerced: 'config/coerced', schema: 'config/schema' },
  frontmatter: { coerced: 'frontmatter/coerced', schema: 'frontmatter/schema' },
} as const satisfies Record<string, { coerced: RuleWith<'warning'>; schema: RuleWith<'error'> }>;

export interface LenientOptions {
  /** How a rejected value of each field is read (`schemas/*`); a field without one is an error. */
  coercions: Coercions;
  yaml: YamlSource;
  bag: DiagnosticBag;
  /** Rule family: `frontmatter` gives `frontmatter/coerced` warnings and `frontmatter/schema` errors. */
  family: keyof typeof familyRules;
  /** How to fix a field no coercion could read. */
  hint: (field: string) => string;
}

/**
 * Validate a YAML record as the lesson's toolchain would have used it. A value the schema rejects
 * is read by its field's coercion, with a warning saying what was expected, what was found and how
 * it was read ("teaching: expected …, found "30 min" (text); read as 30 minutes"). An empty value
 * (YAML null) is what the coercion makes of nothing, usually "not set". Only a value no coercion
 * can read is an error; then the result is undefined and the caller falls back to defaults.
 */
export function parseLeniently<S extends z.ZodType>(
  schema: S,
  record: Readonly<Record<string, unknown>>,
  { coercions, yaml, bag, family, hint }: LenientOptions,
): z.output<S> | undefined {
  const rule = familyRules[family];
  const working: Record<string, unknown> = { ...record };
  const coerced: Diagnostic[] = [];
  const apply = (key: string, path: readonly PropertyKey[], expected?: string, item = false) => {
    const coerce = coercions[key];
    const found = working[key];
    const read = coerce?.(found) ?? { value: undefined };
    if (read.value === undefined) delete working[key];
    else working[key] = read.value;
    if (!read.how) return;
    const field = formatPath(path);
    coerced.push({
      file: bag.file,
      column: 0,
      severity: 'warning',
      rule: rule.coerced,
      message:
        found === null
          ? `${field}: empty; ${read.how}`
          : item // an odd list item: the coercion says which items, and how each was read
            ? `${key}: ${read.how}`
            : `${field}: expected ${expected ?? 'another kind of value'}, found ${describeValue(valueAt(record, path))}; ${read.how}`,
      line: yaml.lineOf(path),
      hint: read.hint,
    });
  };
  for (const [key, value] of Object.entries(record)) if (value === null) apply(key, [key]);

  // In line order, whichever pass found them.
  const flush = () => coerced.sort((a, b) => a.line - b.line).forEach((d) => bag.add(d));
  const first = schema.safeParse(working);
  if (first.success) {
    flush();
    return first.data;
  }
  const rejected = new Map<string, z.core.$ZodIssue>();
  for (const issue of first.error.issues) {
    const key = issue.path[0];
    if (typeof key === 'string' && !rejected.has(key)) rejected.set(key, issue);
  }
  const unreadable: z.core.$ZodIssue[] = [];
  for (const [key, issue] of rejected) {
    if (working[key] !== undefined && coercions[key]) {
      // Point at the offending item (questions[2]) when the schema named one.
      const item = issue.path.length > 1 && valueAt(record, issue.path) !== undefined;
      apply(key, item ? issue.path : [key], issue.message, item);
    } else {
      unreadable.push(issue);
      delete working[key];
    }
  }
  flush();
  reportZodIssues(unreadable, record, yaml, bag, { rule: rule.schema, hint });
  // The valid keys still count, so later passes (schedule, checker) see as much as possible.
  const second = schema.safeParse(working);
  if (second.success) return second.data;
  const reported = new Set(unreadable.map((issue) => issue.path[0]));
  const rest = second.error.issues.filter((issue) => !reported.has(issue.path[0]));
  reportZodIssues(rest, working, yaml, bag, { rule: rule.schema, hint });
  return undefined;
}

/**
 * Keys the generator does not read, each with the known key it resembles, if any. One close to a
 * known key is most likely a typo (`keypoint:`) that loses what the author meant; any other is
 * data for another tool or for the lesson's own templates (knitr's `source: Rmd`, RStudio's
 * `editor_options:`, a styles theme's `colour:` read through Liquid), which the lesson's toolchain
 * ignored without a word. Callers report the first kind as a warning (`typoMessage`), the second
 * as they see fit (`ignoredMessage`).
 */
export function unknownKeys(
  data: Record<string, unknown>,
  known: readonly string[],
  yaml: YamlSource,
): { key: string; guess?: string; line: number }[] {
  return Object.keys(data)
    .filter((key) => !known.includes(key))
    .map((key) => ({ key, guess: didYouMean(key, known), line: yaml.lineOf([key]) }));
}

export const typoMessage = (key: string, guess: string) =>
  [`unknown key "${key}"; did you mean "${guess}"?`, `Rename "${key}" to "${guess}".`] as const;

export const ignoredMessage = (key: string, known: readonly string[]) =>
  [
    `unknown key "${key}" is ignored, as the lesson's toolchain ignores it`,
    `Known keys: ${known.join(', ')}.`,
  ] as const;
