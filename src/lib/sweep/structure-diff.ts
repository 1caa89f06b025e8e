import { nameToEmoji } from 'gemoji';
import type { BodyStructure, CodeBlock, Heading } from './structure.ts';

export type DifferenceKind =
  'callouts' | 'code-blocks' | 'code-language' | 'images' | 'tables' | 'heading-id';

/** One way our episode body differs from the reference's. */
export interface StructureDifference {
  kind: DifferenceKind;
  /** What differs, reference first: `callout "challenge": 5 in reference, 4 ours`. */
  message: string;
  /** How many items it stands for (three missing challenges are three differences). */
  count: number;
  /** What kind of difference, to group them across lessons: `underscores`, `"challenge" missing`. */
  category: string;
  /**
   * The author's text that locates it (a heading, the start of a code block). Kept out of `message`,
   * which goes into the committed report: the corpus' prose is not ours to copy.
   */
  detail?: string;
}

const show = (value: string | undefined) => (value === undefined ? 'none' : `"${value}"`);

function countBy<T>(items: readonly T[]): Map<T, number> {
  const counts = new Map<T, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return counts;
}

/** Compare two multisets item by item: one difference per item whose count differs. */
function multisetDiff(
  kind: DifferenceKind,
  label: (item: string) => string,
  reference: readonly string[],
  ours: readonly string[],
  categoryOf: (item: string, missing: boolean) => string,
): StructureDifference[] {
  const ref = countBy(reference);
  const our = countBy(ours);
  const keys = [...new Set([...ref.keys(), ...our.keys()])].sort();
  return keys.flatMap((key) => {
    const r = ref.get(key) ?? 0;
    const o = our.get(key) ?? 0;
    return r === o
      ? []
      : [
          {
            kind,
            message: `${label(key)}: ${r} in reference, ${o} ours`,
            count: Math.abs(r - o),
            category: categoryOf(key, r > o),
          },
        ];
  });
}

type Step =
  | { op: 'pair'; ref: number; our: number }
  | { op: 'delete'; ref: number }
  | { op: 'insert'; our: number };

const languagesAgree = (a: CodeBlock, b: CodeBlock) =>
  a.language === undefined || b.language === undefined || a.language === b.language;

/**
 * The cost of taking two blocks for the same one. Text lines them up: the same text is the same
 * block, whatever its language says; blocks of different text may still be one block whose text
 * changed (a Liquid output, a quote), but a missing or extra block costs more than such a pair.
 */
function pairCost(a: CodeBlock, b: CodeBlock): number {
  return (a.text === b.text ? 0 : 0.6) + (languagesAgree(a, b) ? 0 : 1);
}

/**
 * Align the code blocks of two pages with the least cost (an extra or missing block costs 1), so
 * one missing block is one difference at its place, not a cascade of mismatched neighbours.
 */
export function alignCode(reference: readonly CodeBlock[], ours: readonly CodeBlock[]): Step[] {
  const n = reference.length;
  const m = ours.length;
  // cost[i][j]: least cost to align reference[i..] with ours[j..].
  const cost: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n; i >= 0; i--) {
    for (let j = m; j >= 0; j--) {
      if (i === n) cost[i]![j] = m - j;
      else if (j === m) cost[i]![j] = n - i;
      else
        cost[i]![j] = Math.min(
          cost[i + 1]![j + 1]! + pairCost(reference[i]!, ours[j]!),
          cost[i + 1]![j]! + 1,
          cost[i]![j + 1]! + 1,
        );
    }
  }
  const steps: Step[] = [];
  let i = 0;
  let j = 0;
  const near = (a: number, b: number) => Math.abs(a - b) < 1e-9;
  while (i < n || j < m) {
    if (
      i < n &&
      j < m &&
      near(cost[i]![j]!, cost[i + 1]![j + 1]! + pairCost(reference[i]!, ours[j]!))
    ) {
      steps.push({ op: 'pair', ref: i++, our: j++ });
    } else if (i < n && near(cost[i]![j]!, cost[i + 1]![j]! + 1)) {
      steps.push({ op: 'delete', ref: i++ });
    } else {
      steps.push({ op: 'insert', our: j++ });
    }
  }
  return steps;
}

const excerpt = (block: CodeBlock) =>
  block.text.length > 30 ? `${block.text.slice(0, 29)}…` : block.text;

function codeDiff(
  reference: readonly CodeBlock[],
  ours: readonly CodeBlock[],
): StructureDifference[] {
  const steps = alignCode(reference, ours);
  const differences: StructureDifference[] = [];
  if (reference.length !== ours.length) {
    const first = steps.find((s) => s.op === 'delete' || s.op === 'insert');
    const where = !first
      ? ''
      : first.op === 'delete'
        ? ` (first missing: reference block ${first.ref + 1})`
        : ` (first extra: our block ${first.our + 1})`;
    const block = !first
      ? undefined
      : first.op === 'delete'
        ? reference[first.ref]
        : ours[first.our];
    differences.push({
      kind: 'code-blocks',
      message: `code blocks: ${reference.length} in reference, ${ours.length} ours${where}`,
      count: Math.abs(reference.length - ours.length),
      category: reference.length > ours.length ? 'missing' : 'extra',
      ...(block ? { detail: excerpt(block) } : {}),
    });
  }
  for (const step of steps) {
    if (step.op !== 'pair' || languagesAgree(reference[step.ref]!, ours[step.our]!)) continue;
    const [ref, our] = [reference[step.ref]!.language, ours[step.our]!.language];
    differences.push({
      kind: 'code-language',
      message: `code block ${step.ref + 1}: language ${show(ref)} in reference, ours ${show(our)}`,
      count: 1,
      category: `${show(ref)} → ${show(our)}`,
      detail: excerpt(reference[step.ref]!),
    });
  }
  return differences;
}

const fileName = (src: string) =>
  src
    .trim()
    .replace(/[?#].*$/, '')
    .split('/')
    .pop() ?? src;

/**
 * Images as multisets of resolved paths. An image only the reference has and one only we have with
 * the same file name are one difference (the path was rewritten differently), said as such.
 */
function imageDiff(reference: readonly string[], ours: readonly string[]): StructureDifference[] {
  const refLeft = [...reference];
  const ourLeft = [...ours];
  for (const src of ours) {
    const at = refLeft.indexOf(src);
    if (at !== -1) {
      refLeft.splice(at, 1);
      ourLeft.splice(ourLeft.indexOf(src), 1);
    }
  }
  const differences: StructureDifference[] = [];
  for (const ref of [...refLeft]) {
    const at = ourLeft.findIndex((our) => fileName(our) === fileName(ref));
    if (at === -1) continue;
    differences.push({
      kind: 'images',
      message: `image "${ref}" in reference, ours "${ourLeft[at]}"`,
      count: 1,
      category: 'path differs',
    });
    refLeft.splice(refLeft.indexOf(ref), 1);
    ourLeft.splice(at, 1);
  }
  return [
    ...multisetDiff(
      'images',
      (src) => `image "${src}"`,
      refLeft,
      ourLeft,
      (_, missing) => (missing ? 'missing' : 'extra'),
    ),
    ...differences,
  ];
}

/** How the reference spells ids that we do not, tried in this order. */
const idRules: readonly [string, (id: string) => string][] = [
  ['non-ASCII letters kept', (id) => id.replace(/[^\x00-\x7f]/g, '')],
  ['underscores kept', (id) => id.replace(/_/g, '')],
  ['underscores as hyphens', (id) => id.replace(/_/g, '-')],
  ['dots kept', (id) => id.replace(/\./g, '')],
  ['leading numbers kept', (id) => id.replace(/^[\d.-]+(?=[a-z])/, '')],
  ['hyphen runs', (id) => id.replace(/-{2,}/g, '-')],
];

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * Why a heading's id differs (`underscores kept` by the reference…), or `other`. A rule is put to
 * both ids when it brings them closer, until they agree.
 */
export function idDifference(reference: string, ours: string): string {
  const reasons: string[] = [];
  let [a, b] = [reference, ours];
  for (const [reason, rule] of idRules) {
    if (a === b) break;
    const [a2, b2] = [rule(a), rule(b)];
    if (editDistance(a2, b2) >= editDistance(a, b)) continue;
    reasons.push(reason);
    [a, b] = [a2, b2];
  }
  return a === b ? reasons.join(', ') : 'other';
}

/**
 * The reference's headings as sandpaper renders them: the reference script runs pandoc without
 * sandpaper's `emoji` extension, so `### :hourglass: Be Patient` keeps its shortcode there and
 * its name in the id (`hourglass-be-patient`), where sandpaper, and this build, show ⌛ and give
 * `be-patient`. A heading is read so only when ours has it with the emoji.
 */
function withEmoji(reference: readonly Heading[], ours: readonly Heading[]): Heading[] {
  const ourTexts = new Set(ours.map((h) => h.text));
  return reference.map((heading) => {
    const names = [...heading.text.matchAll(/:([a-z0-9_+-]+):/g)]
      .map((m) => m[1]!)
      .filter((name) => nameToEmoji[name]);
    if (!names.length) return heading;
    let text = heading.text;
    let id = heading.id;
    for (const name of names) {
      text = text.replace(`:${name}:`, nameToEmoji[name]!);
      id = id?.replace(new RegExp(`(^|-)${name.replace(/[+]/g, '')}(-|$)`), (_, a, b) =>
        a && b ? '-' : '',
      );
    }
    return ourTexts.has(text) ? { ...heading, text, id } : heading;
  });
}

/**
 * Heading ids, as sets. An id only the reference has and one only we have on a heading of the same
 * text are one difference (the id was spelled differently); the rest are missing or extra.
 */
function headingDiff(
  reference: readonly Heading[],
  ours: readonly Heading[],
): StructureDifference[] {
  const refIds = new Set(reference.flatMap((h) => (h.id ? [h.id] : [])));
  const ourIds = new Set(ours.flatMap((h) => (h.id ? [h.id] : [])));
  const refOnly = reference.filter((h) => h.id && !ourIds.has(h.id));
  const ourOnly = ours.filter((h) => h.id && !refIds.has(h.id));
  const differences: StructureDifference[] = [];
  const paired = new Set<Heading>();
  for (const ref of refOnly) {
    const partner = ourOnly.find((h) => !paired.has(h) && h.text === ref.text);
    if (partner) {
      paired.add(partner);
      const how = idDifference(ref.id!, partner.id!);
      differences.push({
        kind: 'heading-id',
        message: `heading id "${ref.id}" in reference, ours "${partner.id}" (${how})`,
        count: 1,
        category: how,
      });
    } else {
      differences.push({
        kind: 'heading-id',
        message: `heading id "${ref.id}" in reference, not ours`,
        count: 1,
        category: 'heading missing',
        detail: ref.text,
      });
    }
  }
  // A heading the reference has without any id (raw HTML, which kramdown leaves alone) may have
  // one here: an extra anchor breaks no link.
  const idless = new Set(reference.filter((h) => !h.id).map((h) => h.text));
  for (const our of ourOnly) {
    if (!paired.has(our) && !idless.has(our.text))
      differences.push({
        kind: 'heading-id',
        message: `heading id "${our.id}" ours, not in reference`,
        count: 1,
        category: 'heading extra',
        detail: our.text,
      });
  }
  return differences;
}

/** Every structural difference between a reference episode body and ours. */
export function diffStructures(
  reference: BodyStructure,
  ours: BodyStructure,
): StructureDifference[] {
  return [
    ...multisetDiff(
      'callouts',
      (kind) => `callout "${kind}"`,
      reference.callouts,
      ours.callouts,
      (kind, missing) => `"${kind}" ${missing ? 'missing' : 'extra'}`,
    ),
    ...codeDiff(reference.code, ours.code),
    ...imageDiff(reference.images, ours.images),
    ...(reference.tables === ours.tables
      ? []
      : [
          {
            kind: 'tables' as const,
            message: `tables: ${reference.tables} in reference, ${ours.tables} ours`,
            count: Math.abs(reference.tables - ours.tables),
            category: reference.tables > ours.tables ? 'missing' : 'extra',
          },
        ]),
    ...headingDiff(withEmoji(reference.headings, ours.headings), ours.headings),
  ];
}
