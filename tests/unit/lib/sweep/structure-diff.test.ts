import { describe, expect, it } from 'vitest';
import type { BodyStructure } from '../../../../src/lib/sweep/structure.ts';
import { alignCode, diffStructures } from '../../../../src/lib/sweep/structure-diff.ts';

const structure = (over: Partial<BodyStructure> = {}): BodyStructure => ({
  callouts: ['challenge', 'solution'],
  code: ['bash', undefined],
  images: ['fig/a.png'],
  tables: 1,
  headings: [{ level: 2, id: 'intro', text: 'intro' }, { level: 3, id: 'group_concat', text: 'group_concat' }],
  ...over,
});
const messages = (ref: BodyStructure, ours: BodyStructure) => diffStructures(ref, ours).map((d) => `${d.kind} ${d.count}: ${d.message}`);

describe('diffStructures', () => {
  it('finds nothing between identical structures', () => {
    expect(diffStructures(structure(), structure())).toEqual([]);
  });

  it('counts callouts by kind, whatever their order', () => {
    const ours = structure({ callouts: ['solution', 'challenge', 'callout'] });
    expect(messages(structure({ callouts: ['challenge', 'challenge', 'solution'] }), ours)).toEqual([
      'callouts 1: callout "callout": 0 in reference, 1 ours',
      'callouts 1: callout "challenge": 2 in reference, 1 ours',
    ]);
  });

  it('pairs a heading whose id is spelled differently by its text, and reports missing and extra ids', () => {
    const ours = structure({ headings: [{ level: 2, id: 'intro', text: 'intro' }, { level: 3, id: 'group-concat', text: 'group_concat' }, { level: 2, id: 'extra', text: 'extra' }] });
    const ref = structure({ headings: [...structure().headings, { level: 2, id: 'gone', text: 'gone' }] });
    expect(messages(ref, ours)).toEqual([
      'heading-id 1: heading id "group_concat" in reference, ours "group-concat"',
      'heading-id 1: heading id "gone" in reference, not ours ("gone")',
      'heading-id 1: heading id "extra" ours, not in reference ("extra")',
    ]);
  });

  it('compares images as a multiset of resolved paths, and tables by count', () => {
    expect(messages(structure({ images: ['fig/a.png', 'fig/a.png'], tables: 2 }), structure({ images: ['fig/b.png'], tables: 0 }))).toEqual([
      'images 2: image "fig/a.png": 2 in reference, 0 ours',
      'images 1: image "fig/b.png": 0 in reference, 1 ours',
      'tables 2: tables: 2 in reference, 0 ours',
    ]);
  });

  it('reports a missing code block once, where it is, not a cascade of language differences', () => {
    const ref = structure({ code: ['bash', 'python', 'r', 'yaml'] });
    const ours = structure({ code: ['bash', 'r', 'yaml'] });
    expect(messages(ref, ours)).toEqual(['code-blocks 1: code blocks: 4 in reference, 3 ours (first missing: reference block 2, language "python")']);
  });

  it('reports a language only where both sides state one', () => {
    const ref = structure({ code: ['bash', 'python', undefined] });
    const ours = structure({ code: [undefined, 'r', 'sql'] });
    expect(messages(ref, ours)).toEqual(['code-language 1: code block 2: language "python" in reference, ours "r"']);
  });
});

describe('alignCode', () => {
  it('aligns with the fewest edits', () => {
    expect(alignCode(['a', 'b'], ['a', 'x', 'b']).map((s) => s.op)).toEqual(['match', 'insert', 'match']);
    expect(alignCode([], ['a']).map((s) => s.op)).toEqual(['insert']);
  });
});
