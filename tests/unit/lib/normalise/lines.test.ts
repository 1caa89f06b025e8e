import { describe, expect, it } from 'vitest';
import { atBlockStart, isDivFence, toLines } from '../../../../src/lib/normalise/lines.ts';

describe('atBlockStart', () => {
  it.each([
    ['the first line', ['| verse'], 0, true],
    ['after a blank line', ['text', '', '| verse'], 2, true],
    ['after a line of spaces', ['text', '   ', '| verse'], 2, true],
    ['right under a div fence', ['::: callout', '| verse'], 1, true],
    ['right under a paragraph line', ['text', '| verse'], 1, false],
    ['under an indented code line', ['    code', '| verse'], 1, false],
  ])('%s', (_, text, index, expected) => {
    expect(atBlockStart(toLines(text.join('\n')), index)).toBe(expected);
  });

  it('holds right under a line an earlier step wrote', () => {
    const lines = toLines('x\n| verse');
    lines[0]!.directive = true;
    expect(atBlockStart(lines, 1)).toBe(true);
  });
});

describe('isDivFence', () => {
  it.each([
    [':::', true],
    ['   ::::: challenge', true],
    ['    :::', false],
    ['::', false],
    ['text ::: more', false],
  ])('%j', (text, expected) => {
    expect(isDivFence(text)).toBe(expected);
  });
});
