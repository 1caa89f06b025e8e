import { describe, expect, it } from 'vitest';
import {
  buildSchedule,
  episodeMinutes,
  formatClock,
  type ScheduleInput,
} from '../../../src/lib/schedule.ts';

const ep = (
  slug: string,
  teaching: number | null,
  exercises: number | null,
  extra: Partial<ScheduleInput> = {},
): ScheduleInput => ({ slug, title: slug, teaching, exercises, ...extra });
/** Rows as `kind day HH:MM +minutes slug`, easy to read in a failure. */
const table = (rows: ReturnType<typeof buildSchedule>['rows']) =>
  rows.map(
    (r) =>
      `${r.kind} d${r.day} ${formatClock(r.startMinutes)} +${r.minutes}${r.episode ? ` ${r.episode.slug}` : ''}`,
  );

describe('buildSchedule', () => {
  it('accumulates teaching + exercises from the start time', () => {
    const s = buildSchedule([ep('intro', 5, 0), ep('files', 15, 10), ep('pipes', 20, 15)], 9 * 60);
    expect(table(s.rows)).toEqual([
      'setup d1 09:00 +0',
      'episode d1 09:00 +5 intro',
      'episode d1 09:05 +25 files',
      'episode d1 09:30 +35 pipes',
      'finish d1 10:05 +0',
    ]);
    expect(s.multiDay).toBe(false);
    expect(s.totalMinutes).toBe(65);
  });

  it('a break counts its own minutes, not teaching or exercises', () => {
    const s = buildSchedule(
      [ep('intro', 30, 15), ep('coffee', 99, 99, { break: 15 }), ep('next', 10, 0)],
      13 * 60 + 30,
    );
    expect(table(s.rows)).toEqual([
      'setup d1 13:30 +0',
      'episode d1 13:30 +45 intro',
      'break d1 14:15 +15 coffee',
      'episode d1 14:30 +10 next',
      'finish d1 14:40 +0',
    ]);
    expect(s.totalMinutes).toBe(70);
  });

  it('start: true restarts the clock on a new day and closes the previous day', () => {
    const s = buildSchedule(
      [ep('a', 60, 30), ep('b', 30, 0), ep('c', 45, 15, { start: true }), ep('d', 10, 0)],
      9 * 60,
    );
    expect(table(s.rows)).toEqual([
      'setup d1 09:00 +0',
      'episode d1 09:00 +90 a',
      'episode d1 10:30 +30 b',
      'finish d1 11:00 +0',
      'episode d2 09:00 +60 c',
      'episode d2 10:00 +10 d',
      'finish d2 10:10 +0',
    ]);
    expect(s.multiDay).toBe(true);
    expect(s.totalMinutes).toBe(190);
  });

  it('three days number 1, 2, 3', () => {
    const s = buildSchedule(
      [ep('a', 10, 0), ep('b', 10, 0, { start: true }), ep('c', 10, 0, { start: true })],
      600,
    );
    expect(
      s.rows.filter((r) => r.kind === 'finish').map((r) => [r.day, formatClock(r.startMinutes)]),
    ).toEqual([
      [1, '10:10'],
      [2, '10:10'],
      [3, '10:10'],
    ]);
  });

  it('start: true on the first episode does not open a second day', () => {
    const s = buildSchedule([ep('a', 10, 0, { start: true }), ep('b', 10, 0)], 540);
    expect(s.multiDay).toBe(false);
    expect(table(s.rows)).toEqual([
      'setup d1 09:00 +0',
      'episode d1 09:00 +10 a',
      'episode d1 09:10 +10 b',
      'finish d1 09:20 +0',
    ]);
  });

  it('no episodes: just setup and finish', () => {
    expect(table(buildSchedule([], 540).rows)).toEqual(['setup d1 09:00 +0', 'finish d1 09:00 +0']);
  });

  it('an unknown time stops the clock: no made-up times until a new day starts it again', () => {
    const s = buildSchedule(
      [
        ep('a', 10, 0),
        ep('b', null, 5),
        ep('c', 10, 0),
        ep('d', 10, 0, { start: true }),
        ep('e', 10, 0),
      ],
      540,
    );
    expect(table(s.rows)).toEqual([
      'setup d1 09:00 +0',
      'episode d1 09:00 +10 a',
      'episode d1 09:10 +null b',
      'episode d1 – +10 c',
      'finish d1 – +0',
      'episode d2 09:00 +10 d',
      'episode d2 09:10 +10 e',
      'finish d2 09:20 +0',
    ]);
    expect(s.totalMinutes).toBeNull();
  });

  it('a break of unknown length stops the clock too', () => {
    const s = buildSchedule([ep('coffee', 0, 0, { break: null }), ep('next', 10, 0)], 540);
    expect(table(s.rows)).toEqual([
      'setup d1 09:00 +0',
      'break d1 09:00 +null coffee',
      'episode d1 – +10 next',
      'finish d1 – +0',
    ]);
  });

  it('episodeMinutes: a break of 0 is a break', () => {
    expect(episodeMinutes(ep('x', 10, 5))).toBe(15);
    expect(episodeMinutes(ep('x', 10, 5, { break: 0 }))).toBe(0);
  });
});

describe('formatClock', () => {
  it('pads hours and minutes', () => {
    expect(formatClock(0)).toBe('00:00');
    expect(formatClock(545)).toBe('09:05');
    expect(formatClock(23 * 60 + 59)).toBe('23:59');
  });

  it('wraps past midnight like a wall clock', () => {
    expect(formatClock(24 * 60)).toBe('00:00');
    expect(formatClock(24 * 60 + 75)).toBe('01:15');
    expect(formatClock(-30)).toBe('23:30');
  });
});

describe('unknown times', () => {
  it('show as a dash on the clock (lengths: tests/unit/lib/i18n/format.test.ts)', () => {
    expect(formatClock(null)).toBe('–');
  });
});
