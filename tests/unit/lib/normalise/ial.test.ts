import { describe, expect, it } from 'vitest';
import { isIalLine, parseIal } from '../../../../src/lib/normalise/ial.ts';

describe('parseIal', () => {
  it('classes, id and attributes', () => {
    expect(
      parseIal('{: .challenge #first style="text-align: center;" data-x=\'y\' width=50}'),
    ).toEqual({
      classes: ['challenge'],
      id: 'first',
      attributes: { style: 'text-align: center;', 'data-x': 'y', width: '50' },
      undotted: [],
    });
  });

  it('a word without a dot is a class, remembered as undotted', () => {
    expect(parseIal('{: output}')).toEqual({
      classes: ['output'],
      attributes: {},
      undotted: ['output'],
    });
  });

  it('kramdown options', () => {
    expect(parseIal('{:auto_ids}')).toEqual({
      classes: [],
      attributes: {},
      undotted: [],
      option: 'auto_ids',
    });
  });

  it('tolerates spacing; rejects non-IAL text', () => {
    expect(parseIal('  {:.language-bash}  ')!.classes).toEqual(['language-bash']);
    expect(parseIal('{: .a .b}')!.classes).toEqual(['a', 'b']);
    expect(parseIal('text {: .a}')).toBeUndefined();
    expect(parseIal('{ .a }')).toBeUndefined();
    expect(isIalLine('{: .output}')).toBe(true);
    expect(isIalLine('> {: .output}')).toBe(false);
  });
});
