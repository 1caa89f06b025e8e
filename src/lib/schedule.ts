/**
 * Schedule arithmetic: clock times of each episode from the lesson's start time, cumulative
 * teaching + exercise minutes (or a break's minutes), restarting the clock on each new day.
 */
export interface ScheduleInput {
  slug: string;
  title: string;
  teaching: number;
  exercises: number;
  /** Minutes of a break episode. */
  break?: number;
  /** A new day begins with this episode. */
  start?: boolean;
}

export interface ScheduleRow {
  /** `setup`, `episode`, `break` or `finish`. */
  kind: 'setup' | 'episode' | 'break' | 'finish';
  /** Day number, starting at 1. */
  day: number;
  /** Minutes since midnight when this row starts. */
  startMinutes: number;
  /** Length of the row in minutes (0 for setup and finish). */
  minutes: number;
  episode?: ScheduleInput;
}

export interface Schedule {
  rows: ScheduleRow[];
  /** Whether any episode starts a new day, so the table needs a Day column. */
  multiDay: boolean;
  /** Total minutes of teaching, exercises and breaks. */
  totalMinutes: number;
}

export const episodeMinutes = (e: ScheduleInput) =>
  e.break !== undefined ? e.break : e.teaching + e.exercises;

export function buildSchedule(episodes: readonly ScheduleInput[], startMinutes: number): Schedule {
  const rows: ScheduleRow[] = [];
  let day = 1;
  let clock = startMinutes;
  let total = 0;
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
    clock += minutes;
    total += minutes;
  });
  rows.push({ kind: 'finish', day, startMinutes: clock, minutes: 0 });
  return { rows, multiDay: day > 1, totalMinutes: total };
}

/** `09:05` for 545; wraps past midnight like a wall clock. */
export function formatClock(minutesSinceMidnight: number): string {
  const wrapped = ((minutesSinceMidnight % 1440) + 1440) % 1440;
  const hours = Math.floor(wrapped / 60);
  return `${String(hours).padStart(2, '0')}:${String(wrapped % 60).padStart(2, '0')}`;
}

/** `1 h 25 min`, `40 min`. */
export function formatDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (!hours) return `${rest} min`;
  return rest ? `${hours} h ${rest} min` : `${hours} h`;
}
