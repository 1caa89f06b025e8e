import { metrics, type Metric, type MetricValues } from './table.ts';

export interface Change {
  lesson: string;
  metric: Metric;
  before: number;
  after: number;
}

export interface BaselineComparison {
  worse: Change[];
  better: Change[];
  /** Measured in the baseline, not now (no reference toolchain on this machine, a failed build…). */
  unmeasured: { lesson: string; metric: Metric }[];
  /** In the baseline, not swept this time (`--only`, or the lesson left the corpus). */
  missing: string[];
  /** Swept, not in the baseline: nothing to compare with yet. */
  added: string[];
}

/** A build that failed is worse than one that worked, whatever the code; one failing code is as bad as another. */
function compare(metric: Metric, before: number, after: number): -1 | 0 | 1 {
  if (metric === 'exit')
    return before === 0 && after !== 0 ? -1 : before !== 0 && after === 0 ? 1 : 0;
  if (before === after) return 0;
  return after > before === metrics[metric].higherIsBetter ? 1 : -1;
}

/**
 * Which lessons got better or worse on which count since the baseline. Only "worse" fails a run,
 * so CI can hold the line before every lesson is clean.
 */
export function compareWithBaseline(
  baseline: ReadonlyMap<string, MetricValues>,
  current: ReadonlyMap<string, MetricValues>,
): BaselineComparison {
  const result: BaselineComparison = {
    worse: [],
    better: [],
    unmeasured: [],
    missing: [],
    added: [],
  };
  for (const [lesson, now] of current) {
    const before = baseline.get(lesson);
    if (!before) {
      result.added.push(lesson);
      continue;
    }
    for (const metric of Object.keys(metrics) as Metric[]) {
      const a = before[metric];
      const b = now[metric];
      if (a === undefined) continue;
      if (b === undefined) {
        // A failed build measures nothing; its exit code already says it got worse.
        result.unmeasured.push({ lesson, metric });
        continue;
      }
      const verdict = compare(metric, a, b);
      if (verdict < 0) result.worse.push({ lesson, metric, before: a, after: b });
      if (verdict > 0) result.better.push({ lesson, metric, before: a, after: b });
    }
  }
  for (const lesson of baseline.keys()) if (!current.has(lesson)) result.missing.push(lesson);
  return result;
}

const show = (metric: Metric, value: number) =>
  metric === 'nothingLost' ? `${value.toFixed(2)}%` : String(value);

export function describeChange(change: Change): string {
  return `${change.lesson}: ${metrics[change.metric].header} ${show(change.metric, change.before)} → ${show(change.metric, change.after)}`;
}
