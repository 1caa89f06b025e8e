import { describe, expect, it } from 'vitest';
import { DiagnosticBag, formatDiagnostic } from '../../../src/lib/diagnostics.ts';
import { countLines, splitFrontmatter } from '../../../src/lib/frontmatter.ts';
import { parseEpisodeFile } from '../../../src/lib/lesson/parse-frontmatter.ts';

describe('splitFrontmatter', () => {
  it('splits and numbers the body line', () => {
    const r = splitFrontmatter('---\ntitle: A\nteaching: 5\n---\n# Heading\n');
    expect(r.hasFrontmatter).toBe(true);
    expect(r.yaml.data).toEqual({ title: 'A', teaching: 5 });
    expect(r.body).toBe('# Heading\n');
    expect(r.bodyLine).toBe(5);
    // Keys keep their file lines: the frontmatter starts at file line 2.
    expect(r.yaml.lineOf(['title'])).toBe(2);
    expect(r.yaml.lineOf(['teaching'])).toBe(3);
  });

  it('no frontmatter: the whole text is the body from line 1', () => {
    const r = splitFrontmatter('# Title\n\n---\n');
    expect(r).toMatchObject({ hasFrontmatter: false, body: '# Title\n\n---\n', bodyLine: 1 });
  });

  it('an empty frontmatter block', () => {
    const r = splitFrontmatter('---\n---\nBody\n');
    expect(r).toMatchObject({ hasFrontmatter: true, body: 'Body\n', bodyLine: 3 });
    expect(r.yaml.data).toEqual({});
  });

  it('ignores a byte-order mark', () => {
    const r = splitFrontmatter('\uFEFF---\ntitle: A\n---\nBody');
    expect(r.hasFrontmatter).toBe(true);
    expect(r.yaml.data).toEqual({ title: 'A' });
    expect(r.bodyLine).toBe(4);
  });

  it('CRLF line endings: values carry no stray carriage return', () => {
    const r = splitFrontmatter(
      '---\r\ntitle: A\r\nteaching: 5\r\nexercises: 10\r\n---\r\nBody\r\n',
    );
    expect(r.yaml.data).toEqual({ title: 'A', teaching: 5, exercises: 10 });
    expect(r.bodyLine).toBe(6);
  });

  it('CRLF episode validates like its LF twin', () => {
    const bag = new DiagnosticBag('e.md');
    const r = parseEpisodeFile(
      '---\r\ntitle: A\r\nteaching: 5\r\nexercises: 10\r\n---\r\nBody\r\n',
      'e',
      bag,
    );
    expect(bag.items.map((d) => formatDiagnostic(d))).toEqual([]);
    expect(r.frontmatter.exercises).toBe(10);
  });

  it('bad YAML is reported with its line, never thrown', () => {
    const r = splitFrontmatter('---\ntitle: [unclosed\n---\nBody');
    expect(r.yaml.errors.length).toBeGreaterThan(0);
    expect(r.yaml.errors[0]!.line).toBe(2);
  });

  // The block as Jekyll finds it: the first line `---`, up to the first line `---` or `...`.
  it.each([
    ['closed by "..."', '---\ntitle: A\n...\nBody\n', { title: 'A' }, 'Body\n', 4],
    ['blanks after either marker', '---  \ntitle: A\n--- \nBody\n', { title: 'A' }, 'Body\n', 4],
    ['a rule of four dashes does not close it', '---\na: 1\n----\n---\nB', undefined, 'B', 5],
    [
      'the first closing line ends it',
      '---\ntitle: A\n---\nx\n---\ny\n',
      { title: 'A' },
      'x\n---\ny\n',
      4,
    ],
    ['no body after it', '---\ntitle: A\n---', { title: 'A' }, '', 3],
  ])('%s', (_name, text, data, body, bodyLine) => {
    const r = splitFrontmatter(text);
    expect(r).toMatchObject({ hasFrontmatter: true, unclosedFrontmatter: false, body, bodyLine });
    if (data) expect(r.yaml.data).toEqual(data);
  });

  it('an opening line with no closing one: no frontmatter, and the whole text is the body', () => {
    const text = '---\ntitle: A\n\n# Heading\n';
    expect(splitFrontmatter(text)).toMatchObject({
      hasFrontmatter: false,
      unclosedFrontmatter: true,
      body: text,
      bodyLine: 1,
    });
  });
});
