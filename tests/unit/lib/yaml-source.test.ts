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
    expect(parseYamlSource(text, 1).lineOf(['episodes', 1])).toBe(5);
    const bad = parseYamlSource('a: 1\nb: c: d\n', 1);
    expect(bad.data).toBeUndefined();
    expect(bad.errors).toHaveLength(1);
    expect(bad.errors[0]).toMatchObject({ line: 3, column: 4 });
    expect(bad.errors[0]!.message).not.toMatch(/\n|at line/);
  });

  it('uses YAML 1.2: yes/no/on are text, not booleans', () => {
    expect(parseYamlSource('a: yes\nb: on\nc: true').data).toEqual({ a: 'yes', b: 'on', c: true });
  });
});
