import { parse as parseCsv } from 'csv-parse/sync';
import { diagnostic, type Diagnostic } from '../diagnostics.ts';
import { parseYamlSource } from '../yaml-source.ts';
import { readLessonText, walkLesson } from './lesson-files.ts';

const dataFile = /\.(ya?ml|json|csv|tsv)$/i;

/**
 * Jekyll's `site.data`: every `.yml`, `.yaml`, `.json`, `.csv` and `.tsv` file under `_data/`,
 * read through the lesson-file gate, keyed by folder and file name (`_data/team/leads.yml` →
 * `site.data.team.leads`). A file that does not parse is a warning and stays out (Jekyll would
 * stop).
 */
export function readSiteData(dir: string, problems: Diagnostic[]): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  const { files, problems: walked } = walkLesson(dir, '_data', {
    include: (path, isDirectory) => isDirectory || dataFile.test(path),
  });
  problems.push(...walked);
  for (const path of files.keys()) {
    const text = readLessonText(dir, path, problems);
    if (text === undefined) continue;
    let value: unknown;
    const table = /\.(csv|tsv)$/i.exec(path)?.[1];
    if (table) {
      try {
        value = readTable(text, table.toLowerCase() === 'tsv' ? '\t' : ',');
      } catch (error) {
        const { lines } = error as { lines?: number };
        problems.push(unreadable(path, lines ?? 0, (error as Error).message));
        continue;
      }
    } else if (/\.json$/i.test(path)) {
      try {
        value = JSON.parse(text);
      } catch (error) {
        problems.push(unreadable(path, 0, (error as Error).message));
        continue;
      }
    } else {
      const yaml = parseYamlSource(text);
      if (yaml.errors.length) {
        problems.push(unreadable(path, yaml.errors[0]!.line, yaml.errors[0]!.message));
        continue;
      }
      value = yaml.data;
    }
    const keys = path
      .replace(/^_data\//, '')
      .replace(dataFile, '')
      .split('/');
    let node = data;
    for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
    node[keys.at(-1)!] = value;
  }
  return data;
}

/**
 * A CSV or TSV table as Jekyll reads it (Ruby's CSV with `headers: true`): one record per row,
 * keyed by the first row's names, every value text; an empty field is nil unless it was quoted
 * (`""`), and a short row has nil for the missing fields.
 */
function readTable(text: string, delimiter: string): Record<string, string | null>[] {
  let names: string[] = [];
  const records: Record<string, string | null>[] = parseCsv(text, {
    bom: true,
    columns: (header: string[]) => (names = header),
    delimiter,
    relax_column_count: true,
    skip_empty_lines: true,
    cast: (value, { quoting }) => (value === '' && !quoting ? null : value),
  });
  for (const record of records) for (const name of names) record[name] ??= null;
  return records;
}

const unreadable = (file: string, line: number, reason: string) =>
  diagnostic({
    file,
    line,
    severity: 'warning',
    rule: 'data/syntax',
    message: `${file} cannot be read (${reason}); site.data leaves it out`,
    hint: 'Fix the syntax of the file (YAML, JSON, CSV or TSV, by its extension).',
  });
