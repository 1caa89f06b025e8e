/**
 * sandpaper's `md-outputs` branch: the knitted Markdown of a Workbench lesson, so R lessons can
 * be published from it without R. sandpaper's `build_markdown()` writes every source's built file
 * into one flat folder (`site/built/`, the branch's root): `episodes/intro.Rmd` → `intro.md`,
 * `learners/setup.md` → `setup.md`, with the figures knitr drew in `fig/`, the lesson's `data/`
 * and `files/`, `config.yaml`, and `md5sum.txt`: a table (R's `write.table`) mapping each source
 * to its built file.
 *
 *     "file" "checksum" "built" "date"
 *     "episodes/intro.Rmd" "6370d559…" "site/built/intro.md" "2025-04-24"
 */

/** The table's name in the branch. */
export const builtDbFile = 'md5sum.txt';

export interface BuiltFile {
  /** The source in the lesson's main branch: `episodes/intro.Rmd`, `learners/setup.md`. */
  source: string;
  /** The built file, relative to the md-outputs folder: `intro.md`. */
  built: string;
  /** 1-based line of the row in md5sum.txt. */
  line: number;
}

export interface BuiltDb {
  files: BuiltFile[];
  /** Rows that could not be read, with their line. */
  problems: { line: number; message: string }[];
}

/** One field of a `write.table` row: quoted (with `\"` escapes) or bare. */
const field = /"((?:[^"\\]|\\.)*)"|(\S+)/g;

/** Read md5sum.txt: the header names the columns, so their order does not matter. */
export function parseBuiltDb(text: string): BuiltDb {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const fields = (line: string) =>
    [...line.matchAll(field)].map((m) => (m[1] ?? m[2] ?? '').replace(/\\(.)/g, '$1'));
  const header = fields(lines[0] ?? '');
  const fileColumn = header.indexOf('file');
  const builtColumn = header.indexOf('built');
  const files: BuiltFile[] = [];
  const problems: BuiltDb['problems'] = [];
  if (fileColumn === -1 || builtColumn === -1) {
    problems.push({
      line: 1,
      message: `expected a header naming the columns "file" and "built", found ${JSON.stringify(lines[0] ?? '')}`,
    });
    return { files, problems };
  }
  lines.slice(1).forEach((text, index) => {
    if (text.trim() === '') return;
    const row = fields(text);
    // write.table adds a row-name column when row.names = TRUE: one more field than the header.
    const shift = row.length === header.length + 1 ? 1 : 0;
    const source = row[fileColumn + shift];
    const built = row[builtColumn + shift];
    if (!source || !built)
      problems.push({ line: index + 2, message: 'expected a source file and its built file' });
    else
      files.push({ source, built: built.replace(/^(?:.*\/)?site\/built\//, ''), line: index + 2 });
  });
  return { files, problems };
}
