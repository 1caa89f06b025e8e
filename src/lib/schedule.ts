/**
 * Schedule arithmetic: clock times of each episode from the lesson's start time, cumulative
 * teaching + exercise minutes (or a break's minutes), restarting the clock on each new day.
 * A time of `null` is unknown (the author wrote no number): the clock stops there, and the rows
 * after it have no time until a new day starts the clock again, rather than times made up.
 */
export interface ScheduleInput {
  slug: string;
  title: string;
  /** Minutes, or null when unknown. */
  teaching: number | null;
  exercises: number | null;
  /** Minutes of a break episode, or null when unknown. */
  break?: number | null;
  /** A new day begins with this episode. */
  start?: boolean;
}

export interface ScheduleRow {
  /** `setup`, `episode`, `break` or `finish`. */
  kind: 'setup' | 'episode' | 'break' | 'finish';
  /** Day number, starting at 1. */
  day: number;
  /** Minutes since midnight when this row starts; null once an earlier row's length is unknown. */
  startMinutes: number | null;
  /** Length of the row in minutes (0 for setup and finish); null when unknown. */
  minutes: number | null;
  episode?: ScheduleInput;
}

export interface Schedule {
  rows: ScheduleRow[];
  /** Whether any episode starts a new day, so the table needs a Day column. */
  multiDay: boolean;
  /** Total minutes of teaching, exercises and breaks; null when any of them is unknown. */
  totalMinutes: number | null;
}

/** Minutes an episode takes: its break, or teaching + exercises; null when unknown. */
export function episodeMinutes(e: ScheduleInput): number | null {
  if (e.break !== undefined) return e.break;
  return e.teaching === null || e.exercises === null ? null : e.teaching + e.exercises;
}

const add = (a: number | null, b: number | null) => (a === null || b === null ? null : a + b);

export function buildSchedule(episodes: readonly ScheduleInput[], startMinutes: number): Schedule {
  const rows: ScheduleRow[] = [];
  let day = 1;
  let clock: number | null = startMinutes;
  let total: number | null = 0;
  rows.push({ kind: 'setup', day, startMinutes: clock, minutes: 0 });
  episodes.forEach((episode, index) => {
    if (episode.start && index > 0) {
      rows.push({ kind: 'finish', day, startMinutes: clock, minutes: 0 });
      day += 1;
      clock = startMinutes;
    }
    const minutes = episodeMinutes(episode);
    rows.push({
      kind: episode.break !== undefined ? 'break' : 'episode',
      day,
      startMinutes: clock,
      minutes,
      episode,
    });
    clock = add(clock, minutes);
    total = add(total, minutes);
  });
  rows.push({ kind: 'finish', day, startMinutes: clock, minutes: 0 });
  return { rows, multiDay: day > 1, totalMinutes: total };
}

/** Shown for a time or length that is unknown. */
export const unknownTime = '–';

/** `09:05` for 545; wraps past midnight like a wall clock; `–` when unknown. */
export function formatClock(minutesSinceMidnight: number | null): string {
  if (minutesSinceMidnight === null) return unknownTime;
  const wrapped = ((minutesSinceMidnight % 1440) + 1440) % 1440;
  const hours = Math.floor(wrapped / 60);
  return `${String(hours).padStart(2, '0')}:${String(wrapped % 60).padStart(2, '0')}`;
}

// Lengths of time are written in the page's language: `formatDuration`, `formatMinutes` and
// `formatTiming` in `src/lib/i18n/format.ts`.
