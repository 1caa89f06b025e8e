import type { BodyStructure, Heading } from './structure.ts';

export type DifferenceKind = 'callouts' | 'code-blocks' | 'code-language' | 'images' | 'tables' | 'heading-id';

/** One way our episode body differs from the reference's. */
export interface StructureDifference {
  kind: DifferenceKind;
  /** What differs, reference first: `callout "challenge": 5 in reference, 4 ours`. */
  message: string;
  /** How many items it stands for (three missing challenges are three differences). */
  count: number;
}

const show = (value: string | undefined) => (value === undefined ? 'none' : `"${value}"`);

function countBy<T>(items: readonly T[]): Map<T, number> {
  const counts = new Map<T, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return counts;
}

/** Compare two multisets item by item: one difference per item whose count differs. */
function multisetDiff(kind: DifferenceKind, label: (item: string) => string, reference: readonly string[], ours: readonly string[]): StructureDifference[] {
  const ref = countBy(reference);
  const our = countBy(ours);
  const keys = [...new Set([...ref.keys(), ...our.keys()])].sort();
  return keys.flatMap((key) => {
    const r = ref.get(key) ?? 0;
    const o = our.get(key) ?? 0;
    return r === o ? [] : [{ kind, message: `${label(key)}: ${r} in reference, ${o} ours`, count: Math.abs(r - o) }];
  });
}

type Step = { op: 'match' | 'substitute'; ref: number; our: number } | { op: 'delete'; ref: number } | { op: 'insert'; our: number };

/**
 * Align two sequences of code languages with the fewest edits. A language one side does not state
 * matches anything (compared only "where both say one"); two stated, different languages cost a
 * substitution, so one mislabelled block is one difference rather than a missing and an extra one.
 */
export function alignCode(reference: readonly (string | undefined)[], ours: readonly (string | undefined)[]): Step[] {
  const n = reference.length;
  const m = ours.length;
  const same = (i: number, j: number) => reference[i] === undefined || ours[j] === undefined || reference[i] === ours[j];
  // cost[i][j]: edits to align reference[i..] with ours[j..].
  const cost: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n; i >= 0; i--) {
    for (let j = m; j >= 0; j--) {
      if (i === n) cost[i]![j] = m - j;
      else if (j === m) cost[i]![j] = n - i;
      else cost[i]![j] = Math.min(cost[i + 1]![j + 1]! + (same(i, j) ? 0 : 1), cost[i + 1]![j]! + 1, cost[i]![j + 1]! + 1);
    }
  }
  const steps: Step[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && cost[i]![j] === cost[i + 1]![j + 1]! + (same(i, j) ? 0 : 1)) {
      steps.push({ op: same(i, j) ? 'match' : 'substitute', ref: i, our: j });
      i++;
      j++;
    } else if (i < n && cost[i]![j] === cost[i + 1]![j]! + 1) {
      steps.push({ op: 'delete', ref: i });
      i++;
    } else {
      steps.push({ op: 'insert', our: j });
      j++;
    }
  }
  return steps;
}

function codeDiff(reference: readonly (string | undefined)[], ours: readonly (string | undefined)[]): StructureDifference[] {
  const steps = alignCode(reference, ours);
  const differences: StructureDifference[] = [];
  if (reference.length !== ours.length) {
    const first = steps.find((s) => s.op === 'delete' || s.op === 'insert');
    const where = !first ? '' : first.op === 'delete'
      ? ` (first missing: reference block ${first.ref + 1}, language ${show(reference[first.ref])})`
      : ` (first extra: our block ${first.our + 1}, language ${show(ours[first.our])})`;
    differences.push({ kind: 'code-blocks', message: `code blocks: ${reference.length} in reference, ${ours.length} ours${where}`, count: Math.abs(reference.length - ours.length) });
  }
  for (const step of steps) {
    if (step.op !== 'substitute') continue;
    differences.push({ kind: 'code-language', message: `code block ${step.ref + 1}: language ${show(reference[step.ref])} in reference, ours ${show(ours[step.our])}`, count: 1 });
  }
  return differences;
}

/**
 * Heading ids, as sets. An id only the reference has and one only we have on a heading of the same
 * text are one difference (the id was spelled differently); the rest are missing or extra.
 */
function headingDiff(reference: readonly Heading[], ours: readonly Heading[]): StructureDifference[] {
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
      differences.push({ kind: 'heading-id', message: `heading id "${ref.id}" in reference, ours "${partner.id}"`, count: 1 });
    } else {
      differences.push({ kind: 'heading-id', message: `heading id "${ref.id}" in reference, not ours ("${ref.text}")`, count: 1 });
    }
  }
  for (const our of ourOnly) {
    if (!paired.has(our)) differences.push({ kind: 'heading-id', message: `heading id "${our.id}" ours, not in reference ("${our.text}")`, count: 1 });
  }
  return differences;
}

/** Every structural difference between a reference episode body and ours. */
export function diffStructures(reference: BodyStructure, ours: BodyStructure): StructureDifference[] {
  return [
    ...multisetDiff('callouts', (kind) => `callout "${kind}"`, reference.callouts, ours.callouts),
    ...codeDiff(reference.code, ours.code),
    ...multisetDiff('images', (src) => `image "${src}"`, reference.images, ours.images),
    ...(reference.tables === ours.tables ? [] : [{ kind: 'tables' as const, message: `tables: ${reference.tables} in reference, ${ours.tables} ours`, count: Math.abs(reference.tables - ours.tables) }]),
    ...headingDiff(reference.headings, ours.headings),
  ];
}
