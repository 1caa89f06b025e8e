import { formatShare, isClean, type LessonRow } from './row.ts';

/**
 * The sweep's table, one definition for writing it and for reading it back as a baseline, so the
 * two cannot drift apart. Headers are the file format: rename one and old baselines lose that column.
 */
interface Column {
  header: string;
  cell(row: LessonRow): string;
}

const count = (value: number | undefined) => (value === undefined ? '–' : String(value));
const escapeCell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export const columns: readonly Column[] = [
  { header: 'lesson', cell: (r) => r.name },
  { header: 'format', cell: (r) => r.format },
  { header: 'episodes', cell: (r) => String(r.episodes) },
  { header: 'exit', cell: (r) => String(r.exit) },
  { header: 'seconds', cell: (r) => r.seconds.toFixed(1) },
  { header: 'pages', cell: (r) => count(r.pages) },
  { header: 'leaked syntax', cell: (r) => count(r.leaked) },
  { header: 'third-party on load', cell: (r) => count(r.thirdParty) },
  { header: 'external images', cell: (r) => count(r.externalImages) },
  { header: 'broken, check reports', cell: (r) => count(r.brokenReported) },
  { header: 'broken, not reported', cell: (r) => count(r.brokenOurs) },
  {
    header: 'nothing-lost min',
    cell: (r) => (r.nothingLost === undefined ? '–' : formatShare(r.nothingLost)),
  },
  { header: 'reference diffs', cell: (r) => count(r.referenceDiffs) },
  { header: 'clean', cell: (r) => (isClean(r) ? 'yes' : 'no') },
  { header: 'notes', cell: (r) => r.notes.join('; ') },
];

export function markdownTable(rows: readonly LessonRow[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map(escapeCell).join(' | ')} |`;
  return [
    line(columns.map((c) => c.header)),
    `|${columns.map((c, i) => (i < 2 || c.header === 'notes' ? '---' : '---:')).join('|')}|`,
    ...rows.map((row) => line(columns.map((c) => c.cell(row)))),
  ].join('\n');
}

/** The counts a baseline compares; for each, whether a higher value is better. */
export const metrics = {
  exit: { header: 'exit', higherIsBetter: false },
  leaked: { header: 'leaked syntax', higherIsBetter: false },
  thirdParty: { header: 'third-party on load', higherIsBetter: false },
  brokenOurs: { header: 'broken, not reported', higherIsBetter: false },
  nothingLost: { header: 'nothing-lost min', higherIsBetter: true },
  referenceDiffs: { header: 'reference diffs', higherIsBetter: false },
} as const;

export type Metric = keyof typeof metrics;
export type MetricValues = Partial<Record<Metric, number>>;

/** A lesson's metrics as printed (shares as printed percentages, so a re-read table compares equal). */
export function metricValues(row: LessonRow): MetricValues {
  const values: MetricValues = {};
  for (const [key, { header }] of Object.entries(metrics) as [Metric, (typeof metrics)[Metric]][]) {
    const value = parseCell(columns.find((c) => c.header === header)!.cell(row));
    if (value !== undefined) values[key] = value;
  }
  return values;
}

function parseCell(cell: string): number | undefined {
  const text = cell.trim();
  if (text === '' || text === '–' || text === '-') return undefined;
  const percent = /^(-?[\d.]+)%$/.exec(text);
  const value = percent ? Number(percent[1]) : Number(text);
  return Number.isFinite(value) ? value : undefined;
}

/** Cells of one Markdown table row; `\|` is a pipe inside a cell. */
function splitRow(line: string): string[] {
  const inner = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  return inner.split(/(?<!\\)\|/).map((cell) => cell.trim().replace(/\\\|/g, '|'));
}

/** The metrics of every lesson in a SWEEP.md written earlier, by lesson name. */
export function readTable(markdown: string): Map<string, MetricValues> {
  const lines = markdown.split('\n');
  const start = lines.findIndex((l) => /^\|\s*lesson\s*\|/.test(l));
  const rows = new Map<string, MetricValues>();
  if (start === -1) return rows;
  const headers = splitRow(lines[start]!);
  for (const line of lines.slice(start + 2)) {
    if (!line.trim().startsWith('|')) break;
    const cells = splitRow(line);
    const name = cells[headers.indexOf('lesson')];
    if (!name) continue;
    const values: MetricValues = {};
    for (const [key, { header }] of Object.entries(metrics) as [
      Metric,
      (typeof metrics)[Metric],
    ][]) {
      const at = headers.indexOf(header);
      const value = at === -1 ? undefined : parseCell(cells[at] ?? '');
      if (value !== undefined) values[key] = value;
    }
    rows.set(name, values);
  }
  return rows;
}
