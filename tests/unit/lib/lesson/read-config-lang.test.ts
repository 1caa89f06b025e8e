import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../../../src/lib/diagnostics.ts';
import { readConfig } from '../../../../src/lib/lesson/read-config.ts';
import { makeLessonDir } from '../../../helpers/lesson-dir.ts';

const read = (files: Record<string, string>, format: 'workbench' | 'styles' = 'workbench') =>
  readConfig(makeLessonDir(files), format);

describe('readConfig: the lesson language', () => {
  it('keeps lang: as written, and says nothing about a language with an interface', () => {
    const { settings, bag } = read({ 'config.yaml': "title: Lección\nlang: 'es'\n" });
    expect(settings.lang).toBe('es');
    expect(bag.items).toEqual([]);
  });

  it('reads lang: from a styles lesson’s _config.yml too', () => {
    const { settings } = read({ '_config.yml': 'title: Lição\nlang: pt_BR\n' }, 'styles');
    expect(settings.lang).toBe('pt_BR');
  });

  it('leaves an absent or empty lang: unset', () => {
    expect(read({ 'config.yaml': 'title: T\n' }).settings.lang).toBeUndefined();
    expect(read({ 'config.yaml': "title: T\nlang: ''\n" }).settings.lang).toBeUndefined();
  });

  it('gives a notice at the line of lang: for a language with no interface table', () => {
    const { bag } = read({ 'config.yaml': 'title: T\ncarpentry: swc\nlang: zh\n' });
    expect(bag.items.map((d) => formatDiagnostic(d))).toEqual([
      expect.stringMatching(
        /^config\.yaml:3\b.*notice.*lang: "zh" is Chinese, which has no interface translation yet.*\(config\/lang-untranslated\)/,
      ),
    ]);
    expect(bag.items[0]!.hint).toContain('Interface languages: en (English)');
  });

  it('warns at the line of lang: when it is not a language code, with a did-you-mean', () => {
    const { bag } = read({ 'config.yaml': 'title: T\nlang: Spanish\n' });
    expect(bag.items).toMatchObject([
      {
        file: 'config.yaml',
        line: 2,
        severity: 'warning',
        rule: 'config/lang-invalid',
        hint: 'Did you mean "lang: es"?',
      },
    ]);
  });
});
