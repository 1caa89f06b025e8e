import { describe, expect, it } from 'vitest';
import {
  fromDirectiveAttributes,
  isIalLine,
  parseIal,
  toDirectiveAttributes,
  type Attributes,
} from '../../../src/lib/attributes.ts';
import { markdownToMdast } from 'satteri';

describe('parseIal', () => {
  it('classes, id and attributes', () => {
    expect(
      parseIal('{: .challenge #first style="text-align: center;" data-x=\'y\' width=50}'),
    ).toEqual({
      classes: ['challenge'],
      id: 'first',
      values: { style: 'text-align: center;', 'data-x': 'y', width: '50' },
      undotted: [],
    });
  });

  it('a word without a dot is a class, remembered as undotted', () => {
    expect(parseIal('{: output}')).toEqual({
      classes: ['output'],
      values: {},
      undotted: ['output'],
    });
  });

  it('kramdown options', () => {
    expect(parseIal('{:auto_ids}')).toEqual({
      classes: [],
      values: {},
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

describe('directive attributes: one writer, one reader', () => {
  /** What the renderer's parser reads back from what a normaliser wrote. */
  const roundTrip = (attributes: Parameters<typeof toDirectiveAttributes>[0]) => {
    const tree = markdownToMdast(`:::box${toDirectiveAttributes(attributes)}\nx\n:::\n`, {
      features: { directive: true },
    }) as unknown as { children: { attributes: Record<string, string> }[] };
    return fromDirectiveAttributes(tree.children[0]!.attributes);
  };

  it.each<Attributes>([
    { id: 'first', classes: ['a', 'b'], values: {} },
    { classes: [], values: { style: 'text-align: center;', width: '60%' } },
    { classes: [], values: { alt: 'say "hi" & <wave>', title: "it's a {brace}" } },
    { classes: ['x'], values: { 'data-x': 'line one\nline two' } },
  ])('%j survives the parser unchanged', (attributes) => {
    expect(roundTrip(attributes)).toEqual({ id: undefined, ...attributes });
  });

  it('writes nothing for no attributes', () => {
    expect(toDirectiveAttributes({ classes: [], values: {} })).toBe('');
  });
});
