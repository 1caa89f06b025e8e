import { describe, expect, it } from 'vitest';
import { t } from '../../../../src/lib/i18n/format.ts';
import { languageCodes, languages } from '../../../../src/lib/i18n/languages.ts';
import { resolveLanguage } from '../../../../src/lib/i18n/resolve.ts';

describe('resolveLanguage: no lang in the config', () => {
  it.each([undefined, null, '', '  '])('%j is English, with nothing to report', (value) => {
    const ui = resolveLanguage(value);
    expect(ui).toMatchObject({ lang: 'en', dir: 'ltr', known: true, pagefindLanguage: 'en' });
    expect(ui.strings.messages).toBe(languages.en.messages);
    expect(ui.notice).toBeUndefined();
    expect(ui.interfaceLang).toBeUndefined();
  });

  it('formats English dates day first, as the site always has', () => {
    expect(resolveLanguage(undefined).strings.locale).toBe('en-GB');
    expect(resolveLanguage('en').strings.locale).toBe('en-GB');
  });
});

describe.each(languageCodes)('resolveLanguage(%j)', (code) => {
  const ui = resolveLanguage(code);

  it('gives the language its own table, on a page marked with its code', () => {
    expect(ui.strings.messages).toBe(languages[code].messages);
    expect(ui.lang).toBe(code);
    expect(ui.known).toBe(true);
    expect(ui.notice).toBeUndefined();
    expect(ui.interfaceLang).toBeUndefined();
  });

  it('sets the direction: right to left for Arabic only', () => {
    expect(ui.dir).toBe(code === 'ar' ? 'rtl' : 'ltr');
  });
});

describe('resolveLanguage: tags as lessons write them', () => {
  it('gives a Spanish lesson the Spanish interface and lang="es"', () => {
    const ui = resolveLanguage('es');
    expect(ui.lang).toBe('es');
    expect(t(ui.strings, 'callout.challenge')).toBe('Desafío');
    expect(t(ui.strings, 'callout.solution.fold')).toBe('Mostrar la solución');
  });

  it('reads a region tag with the base language table and keeps the region on the page', () => {
    const ui = resolveLanguage('pt-BR');
    expect(ui.lang).toBe('pt-BR');
    expect(ui.strings.messages).toBe(languages.pt.messages);
    expect(ui.strings.locale).toBe('pt-BR');
    expect(ui.known).toBe(true);
    expect(resolveLanguage('en-US').strings.locale).toBe('en-US');
    expect(resolveLanguage('es-419').strings.messages).toBe(languages.es.messages);
  });

  it('accepts the R and POSIX spelling and any case, and writes the tag canonically', () => {
    expect(resolveLanguage('pt_BR').lang).toBe('pt-BR');
    expect(resolveLanguage('ES').lang).toBe('es');
    expect(resolveLanguage(' ja ').lang).toBe('ja');
    expect(resolveLanguage('AR-eg')).toMatchObject({ lang: 'ar-EG', dir: 'rtl', known: true });
  });

  it('names the language pagefind stems or segments, and none where it has no support', () => {
    expect(resolveLanguage('es').pagefindLanguage).toBe('es');
    expect(resolveLanguage('pt-BR').pagefindLanguage).toBe('pt');
    expect(resolveLanguage('ja').pagefindLanguage).toBe('ja');
    expect(resolveLanguage('ar').pagefindLanguage).toBe('ar');
    expect(resolveLanguage('uk').pagefindLanguage).toBeUndefined();
  });
});

describe('resolveLanguage: a language with no interface table', () => {
  it('keeps the lesson’s language on the page, with an English interface and a notice', () => {
    const ui = resolveLanguage('zh-Hant-TW');
    expect(ui).toMatchObject({
      lang: 'zh-Hant-TW',
      dir: 'ltr',
      known: false,
      interfaceLang: 'en',
      pagefindLanguage: 'zh',
    });
    expect(ui.strings.messages).toBe(languages.en.messages);
    expect(ui.notice).toEqual({
      severity: 'notice',
      rule: 'config/lang-untranslated',
      message:
        'lang: "zh-Hant-TW" is Chinese (Traditional, Taiwan), which has no interface translation yet: menus, buttons and labels are in English (the lesson\'s own text is unaffected)',
      hint: 'Interface languages: en (English), ar (Arabic), de (German), es (Spanish), fr (French), it (Italian), ja (Japanese), pt (Portuguese), uk (Ukrainian). To add Chinese, translate src/lib/i18n/en.ts as docs/i18n.md describes.',
    });
  });

  it('keeps the direction of a right-to-left language', () => {
    expect(resolveLanguage('he')).toMatchObject({ lang: 'he', dir: 'rtl', known: false });
    expect(resolveLanguage('fa').dir).toBe('rtl');
    expect(resolveLanguage('he').notice?.message).toContain('is Hebrew');
  });
});

describe('resolveLanguage: not a language code', () => {
  it('falls back to English on a page marked lang="en", with a warning and a did-you-mean', () => {
    const ui = resolveLanguage('Spanish');
    expect(ui).toMatchObject({ lang: 'en', dir: 'ltr', known: false });
    expect(ui.strings.messages).toBe(languages.en.messages);
    expect(ui.notice).toEqual({
      severity: 'warning',
      rule: 'config/lang-invalid',
      message:
        'lang: "Spanish" is not a language code; expected a BCP 47 tag such as "es" or "pt-BR", so the interface is in English and pages are marked lang="en"',
      hint: 'Did you mean "lang: es"?',
    });
  });

  it('recognises a language written by its own name or misspelt', () => {
    expect(resolveLanguage('español').notice?.hint).toBe('Did you mean "lang: es"?');
    expect(resolveLanguage('Deutsch').notice?.hint).toBe('Did you mean "lang: de"?');
    expect(resolveLanguage('Ukranian').notice?.hint).toBe('Did you mean "lang: uk"?');
    expect(resolveLanguage('日本語').notice?.hint).toBe('Did you mean "lang: ja"?');
  });

  it.each(['xx', 'not a language', 'und', '123'])(
    '%j lists the interface languages to choose from',
    (value) => {
      const ui = resolveLanguage(value);
      expect(ui.lang).toBe('en');
      expect(ui.notice?.rule).toBe('config/lang-invalid');
      expect(ui.notice?.hint).toMatch(/^Write the lesson's language as a code, e\.g\. one of/);
      expect(ui.notice?.hint).toContain('es (Spanish)');
    },
  );
});
