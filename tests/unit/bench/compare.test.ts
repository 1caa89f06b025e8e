import { describe, expect, it } from 'vitest';
import { pairRatios } from '../../../bench/compare.ts';
import type { Measured } from '../../../bench/measure.ts';

/** A build as `measure` reports it; only the figures the comparison reads. */
const build = (wallSeconds: number, peakTreeRssMb?: number) =>
  ({ wallSeconds, peakTreeRssMb }) as Measured;

describe('pairRatios: this checkout against another revision, pair by pair', () => {
  it('divides within each pair, so a slow hour slows both sides of its pair alike', () => {
    const runs = [
      { current: build(9), other: build(10) },
      { current: build(18), other: build(20) },
      { current: build(12), other: build(10) },
    ];
    const { ratios, median } = pairRatios(runs, (m) => m.wallSeconds);
    expect(ratios).toEqual([0.9, 0.9, 1.2]);
    expect(median).toBe(0.9);
  });

  it('a figure missing on either side leaves that pair out of the median', () => {
    const runs = [
      { current: build(1, 600), other: build(1, undefined) },
      { current: build(1, 700), other: build(1, 800) },
    ];
    const { ratios, median } = pairRatios(runs, (m) => m.peakTreeRssMb);
    expect(ratios).toEqual([undefined, 0.875]);
    expect(median).toBe(0.875);
  });

  it('with no figure at all, there is no median', () => {
    expect(pairRatios([], (m) => m.wallSeconds)).toEqual({ ratios: [], median: undefined });
  });
});
