import { describe, expect, it } from 'vitest';
import { parseYamlSource } from '../../../src/lib/yaml-source.ts';

describe('parseYamlSource', () => {
  const text = [
    'title: A',
    'episodes:',
    '- one.md',
    '- two.md',
    'nested:',
    '  inner:',
    '    deep: 1',
  ].join('\n');

  it('finds the line of keys and list items', () => {
    const y = parseYamlSource(text);
    expect(y.errors).toEqual([]);
    expect(y.lineOf(['title'])).toBe(1);
    expect(y.lineOf(['episodes'])).toBe(2);
    expect(y.lineOf(['episodes', 0])).toBe(3);
    expect(y.lineOf(['episodes', 1])).toBe(4);
    expect(y.lineOf(['nested', 'inner', 'deep'])).toBe(7);
  });

  it('falls back to the nearest existing ancestor', () => {
    const y = parseYamlSource(text);
    expect(y.lineOf(['episodes', 9])).toBe(2);
    expect(y.lineOf(['nested', 'missing'])).toBe(5);
    expect(y.lineOf(['absent'])).toBe(1);
  });

  it('adds the line offset to keys and errors', () => {
    expect(parseYamlSource(text, { lineOffset: 1 }).lineOf(['episodes', 1])).toBe(5);
    const bad = parseYamlSource('a: 1\nb: c: d\n', { lineOffset: 1 });
    expect(bad.data).toBeUndefined();
    expect(bad.errors).toHaveLength(1);
    expect(bad.errors[0]).toMatchObject({ line: 3, column: 4 });
    expect(bad.errors[0]!.message).not.toMatch(/\n|at line/);
  });

  it('reads YAML 1.1 as libyaml does: yes/no/on/off booleans, but y and n are text', () => {
    const text = 'a: yes\nb: No\nc: ON\nd: off\ne: y\nf: n\ng: true\nroot: .\nwhen: 2024-01-31\n';
    expect(parseYamlSource(text).data).toEqual({
      a: true,
      b: false,
      c: true,
      d: false,
      e: 'y',
      f: 'n',
      g: true,
      // Jekyll's `root: .` is text, and a date stays as written (Liquid prints it so).
      root: '.',
      when: '2024-01-31',
    });
  });

  it('the dialects differ only in the case of booleans: Psych ignores it, R yaml does not', () => {
    expect(parseYamlSource('a: yEs\nb: oFF', { dialect: 'jekyll' }).data).toEqual({
      a: true,
      b: false,
    });
    expect(parseYamlSource('a: yEs\nb: oFF', { dialect: 'sandpaper' }).data).toEqual({
      a: 'yEs',
      b: 'oFF',
    });
  });

  it('a repeated key: the later value, a warning at the repeat, lineOf the one that counts', () => {
    const y = parseYamlSource('site: a\nother: 1\nsite: b\n', { dialect: 'jekyll' });
    expect(y.errors).toEqual([]);
    expect(y.data).toEqual({ site: 'b', other: 1 });
    expect(y.lineOf(['site'])).toBe(3);
    expect(y.warnings).toEqual([
      {
        rule: 'yaml/duplicate-key',
        message:
          '"site" is set again (first on line 1); the later value is used, as Jekyll reads it',
        line: 3,
        column: 1,
        hint: 'Delete the "site" line that is not meant to count.',
      },
    ]);
  });

  it('quoted texts continued on unindented lines: read whole, one warning per text, lines kept', () => {
    const text = [
      'keypoints:',
      '- "First point,',
      'continued."',
      "- 'Second: it''s long,",
      'and goes on',
      "and on.'",
      '- "Third."',
      'title: "A title that',
      'wraps"',
      'after: 1',
    ].join('\n');
    const y = parseYamlSource(text, { lineOffset: 1 });
    expect(y.errors).toEqual([]);
    expect(y.data).toEqual({
      keypoints: ['First point, continued.', "Second: it's long, and goes on and on.", 'Third.'],
      title: 'A title that wraps',
      after: 1,
    });
    expect(y.warnings.map((w) => [w.rule, w.line, w.message])).toEqual([
      [
        'yaml/unindented-continuation',
        4,
        "this line continues the quoted text opened on line 3 without being indented; read as part of that text, as R's yaml (libyaml) reads it",
      ],
      [
        'yaml/unindented-continuation',
        6,
        "these 2 lines continue the quoted text opened on line 5 without being indented; read as part of that text, as R's yaml (libyaml) reads it",
      ],
      [
        'yaml/unindented-continuation',
        10,
        "this line continues the quoted text opened on line 9 without being indented; read as part of that text, as R's yaml (libyaml) reads it",
      ],
    ]);
    expect(y.lineOf(['after'])).toBe(11);
    expect(y.lineOf(['keypoints', 2])).toBe(8);
  });

  it('a quote that never closes stays an error, at the strict parser position', () => {
    const y = parseYamlSource('title: "Unclosed\nteaching: 5\n', { lineOffset: 1 });
    expect(y.data).toBeUndefined();
    expect(y.warnings).toEqual([]);
    expect(y.errors[0]).toMatchObject({ line: 4, message: 'Missing closing "quote' });
  });

  it('a plain text continued on an unindented line stays an error, as in libyaml', () => {
    const y = parseYamlSource('keypoints:\n- plain text\ncontinued here\n- next\n');
    expect(y.data).toBeUndefined();
    expect(y.errors.length).toBeGreaterThan(0);
  });
});
