import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDuration,
  formatMinutes,
  formatTiming,
  orList,
  pickStrings,
  scriptKeys,
  t,
  tParts,
} from '../../../../src/lib/i18n/format.ts';
import { languageCodes } from '../../../../src/lib/i18n/languages.ts';
import { resolveLanguage } from '../../../../src/lib/i18n/resolve.ts';

const strings = (lang: string) => resolveLanguage(lang).strings;
const en = strings('en');
/** First-strong isolate … pop directional isolate, around texts put into right-to-left ones. */
const isolated = (text: string) => `\u2068${text}\u2069`;

describe('t', () => {
  it('fills named placeholders, in the order the language puts them', () => {
    expect(t(en, 'episode.position', { n: 2, total: 9 })).toBe('Episode 2 of 9');
    expect(t(strings('ja'), 'episode.position', { n: 2, total: 9 })).toBe('エピソード 2 / 9');
    expect(t(strings('en'), 'page.allInOneHeading', { lesson: 'Shell' })).toBe(
      'Shell: all episodes',
    );
  });

  it('returns a text without placeholders as it is', () => {
    expect(t(en, 'frame.skipToContent')).toBe('Skip to main content');
    expect(t(strings('es'), 'callout.challenge')).toBe('Desafío');
  });

  it('formats numbers in the language', () => {
    expect(t(en, 'episode.position', { n: 1, total: 1200 })).toBe('Episode 1 of 1,200');
    expect(t(strings('de'), 'episode.position', { n: 1, total: 1200 })).toBe('Episode 1 von 1.200');
    // A text value is put in as given, even when it looks like a number.
    expect(t(strings('de'), 'schedule.dayNumber', { n: '1200' })).toBe('Tag 1200');
  });

  it('leaves a placeholder with no value visible, so a wiring mistake shows on the page', () => {
    const params = { n: 3 } as unknown as { n: number; total: number };
    expect(t(en, 'episode.position', params)).toBe('Episode 3 of {total}');
  });

  it('is typed from the English text: a missing or unknown parameter does not compile', () => {
    // @ts-expect-error `total` is missing
    expect(t(en, 'episode.position', { n: 1 })).toBe('Episode 1 of {total}');
    // @ts-expect-error no such key
    expect(() => t(en, 'episode.nothing')).toThrow();
    // @ts-expect-error `count` of a plural message is a number
    t(en, 'search.allResults', { count: '3' });
  });
});

describe('plural forms', () => {
  const count = (lang: string, n: number) =>
    t(strings(lang), 'search.resultCount', { count: n, query: 'git' });

  it('English: one, other', () => {
    expect(count('en', 1)).toBe('1 page matches “git”');
    expect(count('en', 0)).toBe('0 pages match “git”');
    expect(count('en', 2)).toBe('2 pages match “git”');
  });

  it('French counts 0 as singular, and uses "de" after a million', () => {
    expect(count('fr', 0)).toBe('0 page correspond à «\u00a0git\u00a0»');
    expect(count('fr', 2)).toBe('2 pages correspondent à «\u00a0git\u00a0»');
    expect(count('fr', 1_000_000)).toBe(
      '1\u202f000\u202f000 de pages correspondent à «\u00a0git\u00a0»',
    );
  });

  it('Ukrainian: 1 and 21 one, 2–4 and 22 few, 5–20 and 11 many', () => {
    const form = (n: number) =>
      t(strings('uk'), 'search.allResults', { count: n }).replace(/[\d\s]+/, ' N ');
    expect([1, 21].map(form)).toEqual([' N результат', ' N результат']);
    expect([2, 4, 22].map(form)).toEqual(Array(3).fill('Усі N результати'));
    expect([5, 11, 20].map(form)).toEqual(Array(3).fill('Усі N результатів'));
  });

  it('Arabic: zero, one and two in words, 3–10 few, 11–99 many, 100 and up other', () => {
    const ar = (n: number) => t(strings('ar'), 'search.resultCount', { count: n, query: 'git' });
    const query = `«${isolated('git')}»`;
    expect(ar(0)).toBe(`لا توجد صفحات تطابق ${query}`);
    expect(ar(1)).toBe(`صفحة واحدة تطابق ${query}`);
    expect(ar(2)).toBe(`صفحتان تطابقان ${query}`);
    expect(ar(3)).toBe(`3 صفحات تطابق ${query}`);
    expect(ar(11)).toBe(`11 صفحةً تطابق ${query}`);
    expect(ar(100)).toBe(`100 صفحة تطابق ${query}`);
  });

  it('Japanese: one form for every number', () => {
    expect(t(strings('ja'), 'search.allResults', { count: 1 })).toBe('すべての結果（1件）');
    expect(t(strings('ja'), 'search.allResults', { count: 7 })).toBe('すべての結果（7件）');
  });
});

describe('right-to-left texts', () => {
  it('isolates an interpolated text in Arabic, so a Latin title keeps its punctuation', () => {
    expect(t(strings('ar'), 'embed.watchTitled', { title: 'Git, part 1', site: 'YouTube' })).toBe(
      `شاهد «${isolated('Git, part 1')}» على ${isolated('YouTube')}`,
    );
  });

  it('leaves numbers and left-to-right languages alone', () => {
    expect(t(strings('ar'), 'episode.position', { n: 2, total: 9 })).toBe('الحلقة 2 من 9');
    expect(t(en, 'embed.watch', { site: 'YouTube' })).toBe('Watch on YouTube');
  });
});

describe('tParts', () => {
  it('puts a value of any kind between the pieces of text, unchanged', () => {
    const strong = { tag: 'strong', text: 'Software Carpentry' };
    expect(tParts(en, 'about.community', { community: strong })).toEqual([
      'This lesson belongs to ',
      strong,
      ', part of The Carpentries, a community that teaches researchers foundational coding and data skills through hands-on workshops.',
    ]);
  });

  it('merges text values into the text around them and formats numbers', () => {
    const link = { tag: 'a' };
    expect(tParts(en, 'search.needsJavaScript', { link, keys: 'Ctrl+F' })).toEqual([
      'Search runs in your browser and needs JavaScript. Without it, open ',
      link,
      " and use your browser's find (Ctrl+F).",
    ]);
  });

  it('isolates an element put into a right-to-left text', () => {
    const link = { tag: 'a' };
    const parts = tParts(strings('ar'), 'notFound.text', { schedule: link });
    expect(parts).toHaveLength(3);
    expect(parts[1]).toBe(link);
    expect(parts[0]).toMatch(/\u2068$/);
    expect(parts[2]).toMatch(/^\u2069/);
  });
});

describe('dates', () => {
  const date = (lang: string) => formatDate(strings(lang), '2024-03-05');

  it('writes a date as the language does, the same on every machine', () => {
    expect(date('en')).toBe('5 March 2024');
    expect(date('en-US')).toBe('March 5, 2024');
    expect(date('de')).toBe('5. März 2024');
    expect(date('es')).toBe('5 de marzo de 2024');
    expect(date('fr')).toBe('5 mars 2024');
    expect(date('ja')).toBe('2024年3月5日');
    expect(date('uk')).toBe('5 березня 2024 р.');
    expect(date('pt-BR')).toBe('5 de março de 2024');
  });

  it('puts the date into "last updated" in the language', () => {
    const es = strings('es');
    expect(t(es, 'footer.lastUpdated', { date: formatDate(es, '2024-03-05') })).toBe(
      'Última actualización: 5 de marzo de 2024',
    );
  });

  it('keeps a date it cannot read as written', () => {
    expect(formatDate(en, 'someday')).toBe('someday');
  });
});

describe('lengths of time', () => {
  const values = [null, 0, 5, 40, 59, 60, 61, 85, 120, 125, 600];

  it('in English: hours and minutes, a dash when unknown', () => {
    expect(values.map((minutes) => formatDuration(en, minutes))).toEqual([
      '–',
      '0 min',
      '5 min',
      '40 min',
      '59 min',
      '1 h',
      '1 h 1 min',
      '1 h 25 min',
      '2 h',
      '2 h 5 min',
      '10 h',
    ]);
    expect(formatMinutes(en, null)).toBe('–');
    expect(formatMinutes(en, 85)).toBe('85 min');
    expect(formatTiming(en, null, 10)).toBe('– + 10 min');
    expect(formatTiming(en, 25, 10)).toBe('25 + 10 min');
  });

  it('uses each language’s units', () => {
    expect(formatDuration(strings('de'), 85)).toBe('1 Std. 25 Min.');
    expect(formatDuration(strings('ja'), 85)).toBe('1時間25分');
    expect(formatDuration(strings('uk'), 120)).toBe('2 год');
    expect(formatDuration(strings('fr'), 40)).toBe('40\u00a0min');
    expect(formatTiming(strings('ar'), 25, null)).toBe(`25 + ${isolated('–')} دقيقة`);
  });
});

describe('orList', () => {
  it("joins items with the language's own “or”, keeping each item as given", () => {
    const keys = [{ key: 'Ctrl+F' }, { key: '⌘+F' }];
    expect(orList(en, keys)).toEqual([keys[0], ' or ', keys[1]]);
    expect(orList(strings('es'), keys)).toEqual([keys[0], ' o ', keys[1]]);
    expect(orList(strings('de'), ['a', 'b', 'c'])).toEqual(['a', ', ', 'b', ' oder ', 'c']);
    expect(orList(strings('ar'), ['a', 'b'])).toEqual(['a', ' أو ', 'b']);
  });
});

describe('strings for the browser scripts', () => {
  it('holds only the keys the scripts use, and t works on it', () => {
    const picked = pickStrings(strings('de'), scriptKeys);
    expect(Object.keys(picked.messages).sort()).toEqual([...scriptKeys].sort());
    expect(picked.locale).toBe('de');
    expect(t(picked, 'search.showMore', { count: 3 })).toBe('Mehr anzeigen (noch 3)');
    expect(JSON.parse(JSON.stringify(picked))).toEqual(picked);
  });

  it('are exactly the keys the scripts ask for', () => {
    // scripts/*.ts read their words with text('key', …) (scripts/ui-strings.ts); a key missing
    // here would be missing on the page, and one no script uses is a byte shipped for nothing.
    const dir = new URL('../../../../src/scripts/', import.meta.url);
    const used = new Set<string>();
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.ts')))
      for (const [, key] of readFileSync(new URL(file, dir), 'utf8').matchAll(
        /\btext\(\s*'([\w.-]+)'/g,
      ))
        used.add(key!);
    expect([...used].sort()).toEqual([...scriptKeys].sort());
  });

  it('names only keys every language has', () => {
    for (const code of languageCodes) {
      const messages = strings(code).messages;
      expect(scriptKeys.filter((key) => !(key in messages))).toEqual([]);
    }
  });
});
