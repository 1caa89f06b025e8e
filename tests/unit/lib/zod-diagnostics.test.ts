import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../../src/lib/diagnostics.ts';
import { didYouMean } from '../../../src/lib/did-you-mean.ts';
import { parseYamlSource } from '../../../src/lib/yaml-source.ts';
import { describeValue, formatPath, unknownKeys } from '../../../src/lib/zod-diagnostics.ts';

describe('describeValue', () => {
  it('says what was found in words', () => {
    expect(describeValue(undefined)).toBe('nothing');
    expect(describeValue(null)).toBe('nothing');
    expect(describeValue('ten')).toBe('"ten" (text)');
    expect(describeValue(5)).toBe('5 (a number)');
    expect(describeValue(false)).toBe('false (true/false)');
    expect(describeValue([1])).toBe('a list of 1 item');
    expect(describeValue([1, 2])).toBe('a list of 2 items');
    expect(describeValue(new Date('2024-01-31T00:00:00Z'))).toBe('the date 2024-01-31');
    expect(describeValue({ a: 1 })).toBe('a mapping of keys');
    expect(describeValue('x'.repeat(80))).toBe(`"${'x'.repeat(57)}..." (text)`);
  });
});

describe('formatPath', () => {
  it('writes paths as the author reads them', () => {
    expect(formatPath(['questions', 1])).toBe('questions[1]');
    expect(formatPath(['a', 'b', 0, 'c'])).toBe('a.b[0].c');
    expect(formatPath([])).toBe('(top level)');
  });
});

describe('unknownKeys', () => {
  it('finds each key not known, at its line, with the known key it resembles', () => {
    const yaml = parseYamlSource('title: A\nexercices: 5\nsource: Rmd\n', { lineOffset: 1 });
    expect(unknownKeys(yaml.data as Record<string, unknown>, ['title', 'exercises'], yaml)).toEqual(
      [
        { key: 'exercices', guess: 'exercises', line: 3 },
        { key: 'source', guess: undefined, line: 4 },
      ],
    );
  });
});

describe('didYouMean', () => {
  it('suggests close keys only', () => {
    expect(didYouMean('keypoint', ['title', 'keypoints'])).toBe('keypoints');
    expect(didYouMean('Title', ['title'])).toBe('title');
    expect(didYouMean('difficulty', ['title', 'keypoints'])).toBeUndefined();
  });

  it('treats two swapped letters as one typo (titel → title)', () => {
    expect(didYouMean('titel', ['title', 'teaching'])).toBe('title');
  });
});
