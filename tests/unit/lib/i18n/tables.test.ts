import { describe, expect, it } from 'vitest';
import { calloutNames, calloutKind, foldingKinds } from '../../../../src/lib/callouts.ts';
import { placeholdersOf } from '../../../../src/lib/i18n/format.ts';
import { de } from '../../../../src/lib/i18n/de.ts';
import { en } from '../../../../src/lib/i18n/en.ts';
import { languageCodes, languages } from '../../../../src/lib/i18n/languages.ts';
import type { Message, UiKey, UiMessages } from '../../../../src/lib/i18n/types.ts';

const englishKeys = Object.keys(en).sort() as UiKey[];
const translations = languageCodes.filter((code) => code !== 'en');
const entriesOf = (messages: UiMessages) => Object.entries(messages) as [UiKey, Message][];

// The type is the first guard: a table that lacks a key does not compile (`npx tsc`).
const { 'frame.menu': _dropped, ...withoutMenu } = de;
// @ts-expect-error a table without 'frame.menu' is not a UiMessages
const incomplete: UiMessages = withoutMenu;
// @ts-expect-error a plain string where English has plural forms is a type error
const singular: UiMessages = { ...de, 'search.resultCount': '{count} Seiten' };

/**
 * Texts that are rightly the same as English in a language: loanwords and words spelt alike
 * (fr "Menu", "Discussion"; it "Output"), abbreviations (es/it/pt "min", "h") and texts that are
 * only placeholders. Anything else identical to English is a text someone forgot to translate.
 */
const sameAsEnglish: Record<string, readonly UiKey[]> = {
  ar: ['embed.title.form', 'embed.buttonName'],
  de: ['schedule.episode', 'callout.spoiler', 'embed.title.form', 'embed.buttonName'],
  es: [
    'time.minutes',
    'time.hours',
    'time.hoursMinutes',
    'time.teachingPlusExercises',
    'code.error',
    'embed.title.form',
    'embed.buttonName',
  ],
  fr: [
    'frame.menu',
    'page.figures',
    'overview.questions',
    'schedule.questions',
    'footer.contact',
    'footer.licence',
    'figures.caption',
    'callout.solution',
    'callout.discussion',
    'callout.questions',
    'embed.title.form',
  ],
  it: [
    'frame.menu',
    'frame.home',
    'time.minutes',
    'time.hours',
    'time.hoursMinutes',
    'time.teachingPlusExercises',
    'code.output',
    'embed.title.form',
    'embed.buttonName',
  ],
  ja: ['embed.title.form'],
  pt: [
    'frame.menu',
    'time.minutes',
    'time.hours',
    'time.hoursMinutes',
    'time.teachingPlusExercises',
    'embed.title.form',
    'embed.buttonName',
  ],
  uk: ['embed.title.form', 'embed.buttonName'],
};

describe('the type of a language table', () => {
  it('rejects a table with a key missing or a plural given as plain text (checked by tsc)', () => {
    // Runtime side of the two @ts-expect-error lines above: both objects really are incomplete.
    expect('frame.menu' in incomplete).toBe(false);
    expect(typeof singular['search.resultCount']).toBe('string');
  });
});

describe.each(translations)('the %s table', (code) => {
  const messages: UiMessages = languages[code].messages;

  it('has every English key and no other', () => {
    expect(Object.keys(messages).sort()).toEqual(englishKeys);
  });

  it('has a plain text where English has one and plural forms where English has them', () => {
    const shapes = (m: UiMessages) =>
      entriesOf(m).map(([key, value]) => [key, typeof value === 'string' ? 'text' : 'plural']);
    expect(shapes(messages)).toEqual(shapes(en));
  });

  it('uses exactly the placeholders of the English text', () => {
    const mismatched = entriesOf(messages).filter(
      ([key, value]) =>
        placeholdersOf(value).join() !== placeholdersOf(en[key]).join() &&
        // Plural forms may write the number as a word (Arabic صفحتان, "two pages"), so a form
        // other than `other` may leave out {count}; `other` has all of English's placeholders.
        !(
          typeof value !== 'string' &&
          placeholdersOf(value.other).join() === placeholdersOf(en[key]).join()
        ),
    );
    expect(mismatched).toEqual([]);
  });

  it('gives every plural form the English placeholders, leaving out at most {count}', () => {
    const wrong = entriesOf(messages).flatMap(([key, value]) => {
      if (typeof value === 'string') return [];
      const all = placeholdersOf(en[key]);
      const allowed = [all.join(), all.filter((p) => p !== 'count').join()];
      return Object.entries(value)
        .filter(([, text]) => !allowed.includes(placeholdersOf(text).join()))
        .map(([category]) => `${key}.${category}`);
    });
    expect(wrong).toEqual([]);
  });

  it('gives each plural message exactly the forms Intl.PluralRules uses for the language', () => {
    const categories = new Intl.PluralRules(code).resolvedOptions().pluralCategories;
    const wrong = entriesOf(messages).filter(
      ([, value]) =>
        typeof value !== 'string' &&
        Object.keys(value).sort().join() !== [...categories].sort().join(),
    );
    expect(wrong.map(([key]) => key)).toEqual([]);
  });

  it('has no empty text and no text with stray spaces at its ends', () => {
    const texts = entriesOf(messages).flatMap(([key, value]) =>
      typeof value === 'string'
        ? [[key, value]]
        : Object.entries(value).map(([c, text]) => [`${key}.${c}`, text]),
    );
    expect(texts.filter(([, text]) => !text || text !== text!.trim())).toEqual([]);
  });

  it('translates every text but the ones that are rightly the same as English', () => {
    const same = entriesOf(messages)
      .filter(([key, value]) => JSON.stringify(value) === JSON.stringify(en[key]))
      .map(([key]) => key);
    expect(same).toEqual(sameAsEnglish[code]);
  });
});

describe('the English table', () => {
  it('has a plural form for every category English uses, and a {count} in its `other`', () => {
    const plurals = Object.entries(en).filter(([, value]) => typeof value !== 'string');
    expect(plurals.length).toBeGreaterThan(0);
    for (const [key, value] of plurals) {
      expect(Object.keys(value).sort(), key).toEqual(['one', 'other']);
      expect(placeholdersOf((value as { other: string }).other), key).toContain('count');
    }
  });

  it('labels every callout kind of the table in src/lib/callouts.ts, and says what each fold holds', () => {
    // The callout table names its strings by key: every kind has a label, every fold its wording,
    // and no callout string is left over that no kind uses.
    const used = calloutNames.flatMap((name) => {
      const kind = calloutKind(name)!;
      return kind.fold ? [kind.label, kind.fold] : [kind.label];
    });
    for (const key of used) expect(en[key], key).toBeTruthy();
    expect(foldingKinds.map((k) => en[k.fold!])).toEqual([
      'Show me the solution',
      'Give me a hint',
      'Show details',
    ]);
    const calloutKeys = Object.keys(en).filter((key) => key.startsWith('callout.'));
    expect(calloutKeys.sort()).toEqual([...new Set(used)].sort());
  });
});

describe('French typography', () => {
  // A plain space there lets the line break between « and the word it quotes.
  it('puts a no-break space, never a plain one, before : ; ? ! » and after «', () => {
    const texts = entriesOf(languages.fr.messages).flatMap(([, value]) =>
      typeof value === 'string' ? [value] : Object.values(value),
    );
    expect(texts.filter((text) => / [:;?!»]|« /.test(text))).toEqual([]);
  });
});
