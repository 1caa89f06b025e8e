import { diagnostic, type Diagnostic } from '../diagnostics.ts';
import { parseYamlSource } from '../yaml-source.ts';
import { readLessonText, walkLesson } from './lesson-files.ts';

const dataFile = /\.(ya?ml|json)$/i;

/**
 * Jekyll's `site.data`: every `.yml`, `.yaml` and `.json` file under `_data/`, read through the
 * lesson-file gate, keyed by folder and file name (`_data/team/leads.yml` → `site.data.team.leads`).
 * A file that does not parse is a warning and stays out (Jekyll would stop). CSV and TSV, which
 * Jekyll also reads, are not read; no lesson here uses them.
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
    if (/\.json$/i.test(path)) {
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

const unreadable = (file: string, line: number, reason: string) =>
  diagnostic({
    file,
    line,
    severity: 'warning',
    rule: 'data/syntax',
    message: `${file} cannot be read (${reason}); site.data leaves it out`,
    hint: 'Fix the YAML or JSON syntax of the file.',
  });
