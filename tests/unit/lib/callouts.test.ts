import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  calloutIcons,
  calloutKind,
  calloutNames,
  foldingKinds,
} from '../../../src/lib/callouts.ts';
import { languageCodes, languages } from '../../../src/lib/i18n/languages.ts';

const kinds = calloutNames.map((name) => calloutKind(name)!).filter((k) => !k.tabs);
const css = readFileSync(new URL('../../../src/styles/callouts.css', import.meta.url), 'utf8');

describe('callout identity (the one table)', () => {
  it('gives kinds that mean different things different icons', () => {
    // An icon belongs to one tone: caution and warning may share one, a hint and a solution not.
    const toneOfIcon = new Map<string, string>();
    for (const kind of kinds) {
      const tone = toneOfIcon.get(kind.icon);
      if (tone)
        expect(kind.tone, `${kind.name}'s icon "${kind.icon}" belongs to ${tone}`).toBe(tone);
      toneOfIcon.set(kind.icon, kind.tone);
    }
    expect(new Set(toneOfIcon.values()).size).toBe(new Set(kinds.map((k) => k.tone)).size);
    const drawings = [...toneOfIcon.keys()].map(
      (icon) => calloutIcons[icon as keyof typeof calloutIcons],
    );
    expect(new Set(drawings).size, 'no two icons are the same drawing').toBe(drawings.length);
  });

  it('colours every tone in both themes', () => {
    for (const tone of new Set(kinds.map((k) => k.tone))) {
      const rule = new RegExp(
        `\\[data-tone='${tone}'\\] \\{\\s*--accent: light-dark\\(#\\w+, #\\w+\\);\\s*--accent-bg: light-dark\\(#\\w+, #\\w+\\);`,
      );
      expect(css, `callouts.css colours the ${tone} tone`).toMatch(rule);
    }
  });

  it('says what a folded box holds, differently for each folding kind, in every language', () => {
    expect(foldingKinds.map((k) => [k.name, k.fold])).toEqual([
      ['solution', 'callout.solution.fold'],
      ['hint', 'callout.hint.fold'],
      ['spoiler', 'callout.spoiler.fold'],
    ]);
    for (const code of languageCodes) {
      const { messages } = languages[code];
      const folds = foldingKinds.map((kind) => messages[kind.fold!]);
      expect(new Set(folds).size, code).toBe(foldingKinds.length);
      // Each fold's wording differs from every kind's bare label: it says what opening gives.
      for (const fold of folds)
        for (const kind of foldingKinds) expect(fold, code).not.toBe(messages[kind.label]);
    }
  });

  it('keeps hint, solution and spoiler apart: tone, icon and wording', () => {
    const [solution, hint, spoiler] = ['solution', 'hint', 'spoiler'].map((n) => calloutKind(n)!);
    expect(new Set([solution!.tone, hint!.tone, spoiler!.tone]).size).toBe(3);
    expect(new Set([solution!.icon, hint!.icon, spoiler!.icon]).size).toBe(3);
  });
});
