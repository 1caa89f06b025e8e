import { describe, expect, it } from 'vitest';
import {
  assignPageIds,
  headingId,
  IdRegistry,
  kramdownId,
  type IdTarget,
} from '../../../src/lib/slug.ts';

/**
 * Heading text → the id each toolchain gave `## <text>`, copied from real runs: kramdown 2.4.0
 * with kramdown-parser-gfm 1.1.0 and Jekyll's options (input GFM, auto_ids, smart quotes), and
 * pandoc 2.17 with sandpaper's extensions (`markdown-hard_line_breaks+fenced_divs+…`). `null`:
 * kramdown wrote the header without an id.
 */
const cases: [text: string, kramdown: string | null, pandoc: string][] = [
  ['Getting Started', 'getting-started', 'getting-started'],
  ['1. Getting Started', '1-getting-started', 'getting-started'],
  ['2.3 Sub-section Numbering', '23-sub-section-numbering', 'sub-section-numbering'],
  ['Why bother?', 'why-bother', 'why-bother'],
  ['Files, Folders, and Paths', 'files-folders-and-paths', 'files-folders-and-paths'],
  ["Don't Repeat Yourself", 'dont-repeat-yourself', 'dont-repeat-yourself'],
  ['Setup & Installation', 'setup--installation', 'setup-installation'],
  ['Reading snake_case names', 'reading-snake_case-names', 'reading-snake_case-names'],
  ['Loops -- the basics', 'loops--the-basics', 'loops-the-basics'],
  ['Three---way merge', 'threeway-merge', 'threeway-merge'],
  ['Wait... what?', 'wait-what', 'wait-what'],
  ['Version 3.11 of Python', 'version-311-of-python', 'version-3.11-of-python'],
  ['file.txt and data.csv', 'filetxt-and-datacsv', 'file.txt-and-data.csv'],
  ['Café con leche', 'café-con-leche', 'café-con-leche'],
  ['Über die Brücke', 'über-die-brücke', 'über-die-brücke'],
  ['Niño y ñandú', 'niño-y-ñandú', 'niño-y-ñandú'],
  ['Größe ändern', 'größe-ändern', 'größe-ändern'],
  ['ΟΔΟΣ ΠΡΟΣ ΤΟ ΤΕΛΟΣ', 'οδοσ-προσ-το-τελοσ', 'οδοσ-προσ-το-τελοσ'],
  ['日本語の見出し', '日本語の見出し', '日本語の見出し'],
  ['Привет мир', 'привет-мир', 'привет-мир'],
  ['İstanbul notes', 'i\u0307stanbul-notes', 'istanbul-notes'],
  ['100% effort', '100-effort', 'effort'],
  ['C++ and C#', 'c-and-c', 'c-and-c'],
  ['A/B testing', 'ab-testing', 'ab-testing'],
  ['(Optional) extra work', 'optional-extra-work', 'optional-extra-work'],
  ['Q&A', 'qa', 'qa'],
  ['Multiple   spaces', 'multiple---spaces', 'multiple-spaces'],
  ['Emoji 🎉 party', 'emoji--party', 'emoji-party'],
  ['½ cup sugar', '-cup-sugar', 'cup-sugar'],
  ['Part Ⅳ', 'part-ⅳ', 'part-ⅳ'],
  ['x² + y²', 'x--y', 'x²-y²'],
  ['123', '123', 'section'],
  ['!!!', null, 'section'],
  ['Hyphen-ated-words', 'hyphen-ated-words', 'hyphen-ated-words'],
  ['-leading hyphen', '-leading-hyphen', 'leading-hyphen'],
  ['Ellipsis … already', 'ellipsis--already', 'ellipsis-already'],
  ['Quote “curly” marks', 'quote-curly-marks', 'quote-curly-marks'],
  ['It’s typographic', 'its-typographic', 'its-typographic'],
  ['Ratio 3:2', 'ratio-32', 'ratio-32'],
  ['semi;colon', 'semicolon', 'semicolon'],
  ['mixed CASE Heading', 'mixed-case-heading', 'mixed-case-heading'],
  ['dots.in.the.middle.', 'dotsinthemiddle', 'dots.in.the.middle.'],
  ['. leading dot', '-leading-dot', 'leading-dot'],
  ['Non-breaking\u00a0space', 'non-breakingspace', 'non-breaking-space'],
  ['ÀÉÎÕÜ accents', 'àéîõü-accents', 'àéîõü-accents'],
  ['한국어 제목', '한국어-제목', '한국어-제목'],
  ['Bullet • point', 'bullet--point', 'bullet-point'],
  ['Arrow → next', 'arrow--next', 'arrow-next'],
  ['50/50 split', '5050-split', 'split'],
  ['Price: €10', 'price-10', 'price-10'],
  ['snake_case_and-kebab-case', 'snake_case_and-kebab-case', 'snake_case_and-kebab-case'],
  ['The end.', 'the-end', 'the-end.'],
  ['4 — em dash', '4--em-dash', 'em-dash'],
  ['Ⓐ circled', 'ⓐ-circled', 'circled'],
  ['v2.0-beta_1 release', 'v20-beta_1-release', 'v2.0-beta_1-release'],
  ['nan\u0303o combining', 'nan\u0303o-combining', 'nano-combining'],
];

describe('headingId: styles lessons, as kramdown (GFM input) made them', () => {
  it.each(cases)('%j', (text, kramdown) => {
    expect(headingId(text, 'styles')).toBe(kramdown ?? '');
  });
});

describe('headingId: Workbench lessons, as pandoc (auto_identifiers) made them', () => {
  it.each(cases)('%j', (text, _, pandoc) => {
    expect(headingId(text, 'workbench')).toBe(pandoc);
  });
});

describe('headingId: code is read as written', () => {
  // `## The \`--verbose\` flag` and `## \`1.2\` version`, run through both toolchains.
  const verbose = [{ text: 'The ' }, { text: '--verbose', literal: true }, { text: ' flag' }];
  const version = [{ text: '1.2', literal: true }, { text: ' version' }];

  it('a dash in code stays a hyphen; in prose it is a dash the id drops', () => {
    expect(headingId(verbose, 'styles')).toBe('the---verbose-flag');
    expect(headingId(verbose, 'workbench')).toBe('the---verbose-flag');
    expect(headingId('The --verbose flag', 'styles')).toBe('the-verbose-flag');
  });

  it('a leading number in code: kramdown keeps it, pandoc drops it', () => {
    expect(headingId(version, 'styles')).toBe('12-version');
    expect(headingId(version, 'workbench')).toBe('version');
  });
});

describe('kramdownId (basic: Jekyll glossary terms under {:auto_ids})', () => {
  it.each([
    ['Introduction', 'introduction'],
    ['1. Introduction', 'introduction'],
    ['2FA', 'fa'],
    ['Hello, World', 'hello-world'],
    ["Don't panic", 'dont-panic'],
    ['Setup & Install', 'setup--install'],
    ['Café au lait', 'caf-au-lait'],
    ['snake_case', 'snakecase'],
    ['123', 'section'],
    ['', 'section'],
  ])('%j → %s', (text, id) => {
    expect(kramdownId(text)).toBe(id);
  });
});

describe('IdRegistry (one pass, document order)', () => {
  it('numbers repeats -1, -2 in both formats', () => {
    for (const format of ['styles', 'workbench'] as const) {
      const ids = new IdRegistry(format);
      expect(['intro', 'intro', 'intro', 'other'].map((b) => ids.unique(b))).toEqual([
        'intro',
        'intro-1',
        'intro-2',
        'other',
      ]);
    }
  });

  it('kramdown counts each id on its own; pandoc takes the first number not used', () => {
    // `## A`, `## A`, `## A-1`, `## A`: kramdown a, a-1, a-1, a-2; pandoc a, a-1, a-1-1, a-2.
    const kramdown = new IdRegistry('styles');
    expect(['a', 'a', 'a-1', 'a'].map((b) => kramdown.toolchainId(b))).toEqual([
      'a',
      'a-1',
      'a-1',
      'a-2',
    ]);
    const pandoc = new IdRegistry('workbench');
    expect(['a', 'a', 'a-1', 'a'].map((b) => pandoc.toolchainId(b))).toEqual([
      'a',
      'a-1',
      'a-1-1',
      'a-2',
    ]);
  });

  it('never hands out an id twice, even where kramdown did', () => {
    const ids = new IdRegistry('styles');
    const out = ['a', 'a', 'a-1', 'a'].map((b) => ids.unique(b));
    expect(new Set(out).size).toBe(out.length);
    expect(out.slice(0, 2)).toEqual(['a', 'a-1']);
  });

  it('an explicit id met first is avoided by later generated ids', () => {
    const ids = new IdRegistry('workbench');
    ids.reserve('setup');
    expect(ids.unique('setup')).toBe('setup-1');
    expect(ids.unique('setup')).toBe('setup-2');
  });

  it("kramdown's first empty id is no id", () => {
    const ids = new IdRegistry('styles');
    expect(ids.unique('')).toBe('');
    expect(ids.unique('')).toBe('-1');
  });

  it('registries are independent (one per page)', () => {
    const a = new IdRegistry();
    const b = new IdRegistry();
    a.unique('x');
    expect(b.unique('x')).toBe('x');
  });
});

describe('assignPageIds', () => {
  const heading = (text: string, explicit?: string): IdTarget => ({
    kind: 'heading',
    text,
    explicit,
  });

  // Each page, run through both toolchains: where one put an id on two headings, the first keeps
  // it (browsers sent `#links` there) and the later one gets a number no other heading has.
  it.each([
    {
      page: 'three solutions',
      targets: [heading('Solution'), heading('Solution'), heading('Solution')],
      styles: ['solution', 'solution-1', 'solution-2'],
      workbench: ['solution', 'solution-1', 'solution-2'],
    },
    {
      // kramdown: a, a-1, a-1, a-2; pandoc: a, a-1, a-1-1, a-2.
      page: 'a literal numbered heading',
      targets: [heading('A'), heading('A'), heading('A-1'), heading('A')],
      styles: ['a', 'a-1', 'a-1-1', 'a-2'],
      workbench: ['a', 'a-1', 'a-1-1', 'a-2'],
    },
    {
      // Both: setup, setup, setup-1. The explicit id came second: #setup reached the first.
      page: 'an explicit id after the same generated one',
      targets: [heading('Setup'), heading('Linux', 'setup'), heading('Setup')],
      styles: ['setup', 'setup-2', 'setup-1'],
      workbench: ['setup', 'setup-2', 'setup-1'],
    },
    {
      // kramdown: setup, setup, setup-1 (explicit ids not counted); pandoc: setup, setup-1, setup-2.
      page: 'an explicit id before the same generated one',
      targets: [heading('Windows', 'setup'), heading('Setup'), heading('Setup')],
      styles: ['setup', 'setup-2', 'setup-1'],
      workbench: ['setup', 'setup-1', 'setup-2'],
    },
    {
      // kramdown: no id, -1, section; pandoc: section, section-1, section-2.
      page: 'headings without letters',
      targets: [heading('!!!'), heading('???'), heading('Section')],
      styles: ['section-1', '-1', 'section'],
      workbench: ['section', 'section-1', 'section-2'],
    },
  ])('$page', ({ targets, styles, workbench }) => {
    expect(assignPageIds(targets, 'styles')).toEqual(styles);
    expect(assignPageIds(targets, 'workbench')).toEqual(workbench);
  });

  it('terms and raw HTML headings never take an id a Markdown heading has', () => {
    const targets: IdTarget[] = [
      { kind: 'extra', text: 'Solution' },
      { kind: 'extra', text: 'Term', term: true },
      heading('Solution'),
      heading('Term'),
    ];
    expect(assignPageIds(targets, 'styles')).toEqual(['solution-1', 'term-1', 'solution', 'term']);
  });

  it("styles terms get kramdown's basic ids, as Jekyll's {:auto_ids} glossaries did", () => {
    const terms: IdTarget[] = [{ kind: 'extra', text: '2FA', term: true }];
    expect(assignPageIds(terms, 'styles')).toEqual(['fa']);
    expect(assignPageIds(terms, 'workbench')).toEqual(['fa']);
  });

  it('an id on another element is kept; a heading with the same id comes after it', () => {
    const targets: IdTarget[] = [{ kind: 'fixed', id: 'intro' }, heading('Intro')];
    expect(assignPageIds(targets, 'workbench')).toEqual([undefined, 'intro-1']);
  });
});
