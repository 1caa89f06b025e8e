import { describe, expect, it } from 'vitest';
import {
  EpisodeFrontmatterSchema,
  PageFrontmatterSchema,
  episodeKeys,
} from '../../../../src/lib/schemas/episode.ts';

const issues = (input: unknown) => {
  const r = EpisodeFrontmatterSchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => [i.path.join('.'), i.message]);
};

describe('EpisodeFrontmatterSchema', () => {
  it('fills defaults', () => {
    expect(EpisodeFrontmatterSchema.parse({ title: 'A' })).toEqual({
      title: 'A',
      teaching: 0,
      exercises: 0,
      questions: [],
      objectives: [],
      keypoints: [],
      start: false,
    });
  });

  it('normalises text lists: numbers, nulls and blanks', () => {
    const out = EpisodeFrontmatterSchema.parse({
      title: 'A',
      objectives: ['a', 3, null, '  ', ''],
      keypoints: [],
    });
    expect(out.objectives).toEqual(['a', '3']);
  });

  it('a single string is not a list: the loader reads it leniently, with a warning', () => {
    expect(issues({ title: 'A', questions: 'One?' })).toEqual([
      ['questions', 'questions as a list of text items (lines starting with "- ")'],
    ]);
  });

  it('an unknown time (null) is a valid output of a lenient reading', () => {
    expect(EpisodeFrontmatterSchema.parse({ title: 'A', teaching: null })).toMatchObject({
      teaching: null,
      exercises: 0,
    });
  });

  it('states the expectation of each field in its message', () => {
    expect(issues({ title: 'A', teaching: 'ten' })).toEqual([
      ['teaching', 'teaching time as a whole number of minutes, such as 10'],
    ]);
    expect(issues({ title: 'A', exercises: 1.5 })).toEqual([
      ['exercises', 'exercise time as a whole number of minutes, such as 10'],
    ]);
    expect(issues({ title: 'A', teaching: -1 })).toEqual([
      ['teaching', 'teaching time of 0 minutes or more'],
    ]);
    expect(issues({ title: '   ' })).toEqual([['title', 'a non-empty title']]);
    expect(issues({})).toEqual([
      ['title', 'the episode title as text, such as title: "Creating a cluster"'],
    ]);
    expect(issues({ title: 'A', keypoints: { a: 1 } })).toEqual([
      ['keypoints', 'keypoints as a list of text items (lines starting with "- ")'],
    ]);
  });

  it('accepts 0 minutes', () => {
    expect(issues({ title: 'A', teaching: 0, exercises: 0, break: 0 })).toEqual([]);
  });

  it('knows the legacy keys', () => {
    expect(episodeKeys).toEqual(
      expect.arrayContaining(['layout', 'permalink', 'root', 'title', 'keypoints']),
    );
  });
});

describe('PageFrontmatterSchema', () => {
  it('keeps unknown keys for Liquid', () => {
    expect(
      PageFrontmatterSchema.parse({ title: ' Setup ', layout: 'page', permalink: '/setup/' }),
    ).toEqual({ title: 'Setup', layout: 'page', permalink: '/setup/' });
  });
});
