import { describe, expect, it } from 'vitest';
import type { BodyStructure, CodeBlock } from '../../../../src/lib/sweep/structure.ts';
import {
  alignCode,
  diffStructures,
  idDifference,
} from '../../../../src/lib/sweep/structure-diff.ts';

/** Code blocks from `language:text` specs; `-` for no language. */
const code = (...specs: string[]): CodeBlock[] =>
  specs.map((spec) => {
    const [language, text = spec] = spec.split(':');
    return { language: language === '-' ? undefined : language, text };
  });

const structure = (over: Partial<BodyStructure> = {}): BodyStructure => ({
  callouts: ['challenge', 'solution'],
  code: code('bash:ls', '-:a b'),
  images: ['fig/a.png'],
  tables: 1,
  headings: [
    { level: 2, id: 'intro', text: 'intro' },
    { level: 3, id: 'group_concat', text: 'group_concat' },
  ],
  ...over,
});
/** Each difference as `kind count: message [detail]`; the detail (author's text) is kept apart from the message. */
const messages = (ref: BodyStructure, ours: BodyStructure) =>
  diffStructures(ref, ours).map(
    (d) => `${d.kind} ${d.count}: ${d.message}${d.detail ? ` [${d.detail}]` : ''}`,
  );

describe('diffStructures', () => {
  it('finds nothing between identical structures', () => {
    expect(diffStructures(structure(), structure())).toEqual([]);
  });

  it('counts callouts by kind, whatever their order', () => {
    const ours = structure({ callouts: ['solution', 'challenge', 'callout'] });
    expect(messages(structure({ callouts: ['challenge', 'challenge', 'solution'] }), ours)).toEqual(
      [
        'callouts 1: callout "callout": 0 in reference, 1 ours',
        'callouts 1: callout "challenge": 2 in reference, 1 ours',
      ],
    );
  });

  it('pairs a heading whose id is spelled differently by its text, and reports missing and extra ids', () => {
    const ours = structure({
      headings: [
        { level: 2, id: 'intro', text: 'intro' },
        { level: 3, id: 'group-concat', text: 'group_concat' },
        { level: 2, id: 'extra', text: 'extra' },
      ],
    });
    const ref = structure({
      headings: [...structure().headings, { level: 2, id: 'gone', text: 'gone' }],
    });
    expect(messages(ref, ours)).toEqual([
      'heading-id 1: heading id "group_concat" in reference, ours "group-concat" (underscores as hyphens)',
      'heading-id 1: heading id "gone" in reference, not ours [gone]',
      'heading-id 1: heading id "extra" ours, not in reference [extra]',
    ]);
  });

  it('compares images as a multiset of resolved paths, and tables by count', () => {
    expect(
      messages(
        structure({ images: ['fig/a.png', 'fig/a.png'], tables: 2 }),
        structure({ images: ['fig/b.png'], tables: 0 }),
      ),
    ).toEqual([
      'images 2: image "fig/a.png": 2 in reference, 0 ours',
      'images 1: image "fig/b.png": 0 in reference, 1 ours',
      'tables 2: tables: 2 in reference, 0 ours',
    ]);
  });

  it('says an image path was rewritten when only the path differs', () => {
    expect(
      messages(
        structure({ images: ['fig/a.png', 'fig/b.png'] }),
        structure({ images: ['fig/a.png ', 'fig/b.png'] }),
      ),
    ).toEqual(['images 1: image "fig/a.png" in reference, ours "fig/a.png "']);
  });

  it("reads the reference's emoji shortcodes as sandpaper's emoji extension renders them", () => {
    const ref = structure({
      headings: [{ level: 3, id: 'hourglass-be-patient', text: ':hourglass: be patient' }],
    });
    const ours = structure({ headings: [{ level: 3, id: 'be-patient', text: '⌛ be patient' }] });
    expect(messages(ref, ours)).toEqual([]);
    // An id that differs for another reason still shows.
    const other = structure({ headings: [{ level: 3, id: 'patience', text: '⌛ be patient' }] });
    expect(messages(ref, other)).toHaveLength(1);
  });

  it('does not count an id we give a heading the reference has without one', () => {
    const ref = structure({
      headings: [...structure().headings, { level: 2, text: 'try it out' }],
    });
    const ours = structure({
      headings: [...structure().headings, { level: 2, id: 'try-it-out', text: 'try it out' }],
    });
    expect(diffStructures(ref, ours)).toEqual([]);
  });

  it('reports a missing code block once, where it is, not a cascade of language differences', () => {
    const ref = structure({ code: code('bash:ls', 'python:print(1)', 'r:x <- 1', 'yaml:a: b') });
    const ours = structure({ code: code('bash:ls', 'r:x <- 1', 'yaml:a: b') });
    expect(messages(ref, ours)).toEqual([
      'code-blocks 1: code blocks: 4 in reference, 3 ours (first missing: reference block 2) [print(1)]',
    ]);
  });

  it('places an extra block by its text, even when no language tells it apart', () => {
    const ref = structure({ code: code('-:one', '-:two', '-:three') });
    const ours = structure({ code: code('-:one', '-:</article>', '-:two', '-:three') });
    expect(messages(ref, ours)).toEqual([
      'code-blocks 1: code blocks: 3 in reference, 4 ours (first extra: our block 2) [</article>]',
    ]);
  });

  it('reports a language only where both sides state one, on the same block', () => {
    const ref = structure({ code: code('bash:ls', 'python:print(1)', '-:out') });
    const ours = structure({ code: code('-:ls', 'r:print(1)', 'sql:out') });
    expect(messages(ref, ours)).toEqual([
      'code-language 1: code block 2: language "python" in reference, ours "r" [print(1)]',
    ]);
  });

  it('pairs a block whose text changed a little rather than calling it missing and extra', () => {
    expect(
      diffStructures(
        structure({ code: code('bash:echo "x"') }),
        structure({ code: code('bash:echo “x”') }),
      ),
    ).toEqual([]);
  });
});

describe('alignCode', () => {
  it('aligns with the fewest edits', () => {
    expect(alignCode(code('-:a', '-:b'), code('-:a', '-:x', '-:b')).map((s) => s.op)).toEqual([
      'pair',
      'insert',
      'pair',
    ]);
    expect(alignCode([], code('-:a')).map((s) => s.op)).toEqual(['insert']);
  });
});

describe('idDifference', () => {
  it('names how the reference spelled an id', () => {
    expect(idDifference('using-the-group_concat-function', 'using-the-groupconcat-function')).toBe(
      'underscores kept',
    );
    expect(idDifference('motivación', 'motivacin')).toBe('non-ASCII letters kept');
    expect(idDifference('1-create-a-remote', 'create-a-remote')).toBe('leading numbers kept');
    expect(idDifference('lets-get-started.', 'lets-get-started')).toBe('dots kept');
    expect(idDifference('solution--use-with-caution', 'solution----use-with-caution')).toBe(
      'hyphen runs',
    );
    expect(idDifference('3.1-a_b', '31-ab')).toBe('underscores kept, dots kept');
    expect(idDifference('a_b', 'a-b')).toBe('underscores as hyphens');
    expect(idDifference('a-b', 'x-y')).toBe('other');
  });

  it('gives each difference its category', () => {
    const ref = structure({
      callouts: ['challenge'],
      headings: [{ level: 2, id: 'a_b', text: 'a_b' }],
    });
    const ours = structure({ callouts: [], headings: [{ level: 2, id: 'ab', text: 'a_b' }] });
    expect(diffStructures(ref, ours).map((d) => d.category)).toEqual([
      '"challenge" missing',
      'underscores kept',
    ]);
  });
});
