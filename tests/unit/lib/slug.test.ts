import { describe, expect, it } from 'vitest';
import { IdRegistry, kramdownId } from '../../../src/lib/slug.ts';

describe('kramdownId', () => {
  it.each([
    ['Introduction', 'introduction'],
    ['1. Introduction', 'introduction'],
    ['01-intro: Basics!', 'intro-basics'],
    ['Hello, World', 'hello-world'],
    ['What is `git`?', 'what-is-git'],
    ["Don't panic", 'dont-panic'],
    ['Setup & Install', 'setup--install'],
    ['Version 2 of the tool', 'version-2-of-the-tool'],
    ['Café au lait', 'caf-au-lait'],
    ['Keep-the-hyphens', 'keep-the-hyphens'],
    ['123', 'section'],
    ['!!!', 'section'],
    ['', 'section'],
  ])('%j → %s', (text, id) => {
    expect(kramdownId(text)).toBe(id);
  });
});

describe('IdRegistry', () => {
  it('numbers repeats -1, -2 like kramdown', () => {
    const ids = new IdRegistry();
    expect(['intro', 'intro', 'intro', 'other'].map((b) => ids.unique(b))).toEqual([
      'intro',
      'intro-1',
      'intro-2',
      'other',
    ]);
  });

  it('an explicit id is reserved: a generated one skips it', () => {
    const ids = new IdRegistry();
    ids.reserve('setup');
    expect(ids.unique('setup')).toBe('setup-1');
    expect(ids.unique('setup')).toBe('setup-2');
  });

  it('never hands out an id twice, even when a numbered one was taken literally', () => {
    const ids = new IdRegistry();
    const out = ['a', 'a-1', 'a', 'a', 'a-1'].map((b) => ids.unique(b));
    expect(new Set(out).size).toBe(out.length);
    expect(out.slice(0, 2)).toEqual(['a', 'a-1']);
  });

  it('registries are independent (one per page)', () => {
    const a = new IdRegistry();
    const b = new IdRegistry();
    a.unique('x');
    expect(b.unique('x')).toBe('x');
  });
});
