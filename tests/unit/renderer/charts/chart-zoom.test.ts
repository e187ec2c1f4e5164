import { describe, expect, it } from 'vitest';
import {
  anchoredScroll,
  clampZoom,
  fitZoom,
  formatZoom,
  MAX_ZOOM,
  minZoom,
  openingZoom,
  stepZoom,
  textOnScreen,
  wheelZoom,
  ZOOM_STEPS,
} from '../../../../renderer/src/charts/chart-zoom';

describe('fitZoom', () => {
  it('is the smaller of the two ratios, so the whole chart fits', () => {
    expect(fitZoom({ width: 2000, height: 500 }, { width: 1000, height: 1000 })).toBe(0.5);
    expect(fitZoom({ width: 500, height: 2000 }, { width: 1000, height: 1000 })).toBe(0.5);
    expect(fitZoom({ width: 400, height: 300 }, { width: 1200, height: 600 })).toBe(2);
  });

  it('is 1 while either side has no size (not measured yet, nothing drawn)', () => {
    expect(fitZoom({ width: 0, height: 300 }, { width: 1200, height: 600 })).toBe(1);
    expect(fitZoom({ width: 400, height: 300 }, { width: 0, height: 0 })).toBe(1);
  });
});

describe('minZoom and clampZoom', () => {
  it('go down to a quarter, or further if that is what shows the whole chart', () => {
    expect(minZoom(0.6)).toBe(0.25);
    expect(minZoom(0.1)).toBe(0.1);
    expect(clampZoom(0.05, 0.6)).toBe(0.25);
    expect(clampZoom(0.05, 0.1)).toBe(0.1);
    expect(clampZoom(9, 0.6)).toBe(MAX_ZOOM);
    expect(clampZoom(1.3, 0.6)).toBe(1.3);
  });
});

describe('stepZoom', () => {
  it('goes to the next step up or down', () => {
    expect(stepZoom(1, 1, 0.6)).toBe(1.1);
    expect(stepZoom(1, -1, 0.6)).toBe(0.9);
    expect(stepZoom(0.75, -1, 0.2)).toBe(0.67);
  });

  it('stops once at the fitted scale on the way', () => {
    expect(stepZoom(0.5, -1, 0.42)).toBe(0.42);
    expect(stepZoom(0.42, -1, 0.42)).toBe(0.33);
    expect(stepZoom(0.42, 1, 0.42)).toBe(0.5);
  });

  it('from between two steps goes to the nearer one in that direction', () => {
    expect(stepZoom(0.8, 1, 0.5)).toBe(0.9);
    expect(stepZoom(0.8, -1, 0.5)).toBe(0.75);
    // A scale a hair off a step (wheel zooming) does not count as a step of its own.
    expect(stepZoom(1.0004, 1, 0.5)).toBe(1.1);
  });

  it('stays at the ends', () => {
    expect(stepZoom(MAX_ZOOM, 1, 0.5)).toBe(MAX_ZOOM);
    expect(stepZoom(0.25, -1, 0.5)).toBe(0.25);
    expect(stepZoom(0.1, -1, 0.1)).toBe(0.1);
  });

  it('goes through every step from the smallest to the largest', () => {
    const seen = [0.25];
    while (seen.at(-1)! < MAX_ZOOM) seen.push(stepZoom(seen.at(-1)!, 1, 1));
    expect(seen).toEqual(ZOOM_STEPS);
  });
});

describe('wheelZoom', () => {
  it('zooms in when the wheel turns away from the reader and out towards, by the same factor', () => {
    const inward = wheelZoom(1, -100, 0, 0.5);
    const outward = wheelZoom(1, 100, 0, 0.5);
    expect(inward).toBeGreaterThan(1.1);
    expect(inward).toBeLessThan(1.25);
    expect(inward * outward).toBeCloseTo(1, 10);
  });

  it('counts wheel lines as 16 px each', () => {
    expect(wheelZoom(1, -3, 1, 0.5)).toBeCloseTo(wheelZoom(1, -48, 0, 0.5), 10);
  });

  it('stays within the limits', () => {
    expect(wheelZoom(3.9, -5000, 0, 0.5)).toBe(MAX_ZOOM);
    expect(wheelZoom(0.3, 5000, 0, 0.5)).toBe(0.25);
  });
});

describe('openingZoom', () => {
  it('shows the whole chart when its 16 px text stays readable so, never larger than drawn', () => {
    expect(openingZoom(0.8, 16)).toBe(0.8);
    expect(openingZoom(2.5, 16)).toBe(1);
  });

  it('is the smallest readable scale (12 px text) when the whole chart would be too small', () => {
    expect(openingZoom(0.3, 16)).toBe(0.75);
    expect(textOnScreen(16, openingZoom(0.3, 16))).toBe(12);
    // Smaller text in the chart needs a larger scale, up to its own size.
    expect(openingZoom(0.3, 12)).toBe(1);
  });
});

describe('anchoredScroll', () => {
  it('keeps the chart point under the pointer when zooming in', () => {
    // Pointer 200 px into the view, scrolled 300 px, chart starting 16 px into the content.
    const from = 1;
    const to = 2;
    const chartPoint = (300 + 200 - 16) / from;
    const scroll = anchoredScroll(300, 200, 16, 16, from, to);
    expect((scroll + 200 - 16) / to).toBeCloseTo(chartPoint, 10);
    expect(scroll).toBe(784);
  });

  it('takes the new start of a centred chart into account', () => {
    // A small centred chart (starting at 400) grows past the view and now starts at 16.
    const scroll = anchoredScroll(0, 500, 400, 16, 0.5, 1);
    expect(scroll).toBe((500 - 400) * 2 + 16 - 500);
  });

  it('leaves the view where it is when the scale does not change', () => {
    expect(anchoredScroll(123, 456, 16, 16, 0.75, 0.75)).toBe(123);
  });
});

describe('formatZoom', () => {
  it('writes a whole percent with a non-breaking space before the sign', () => {
    expect(formatZoom(0.75)).toBe('75\u00a0%');
    expect(formatZoom(0.333)).toBe('33\u00a0%');
    expect(formatZoom(1)).toBe('100\u00a0%');
  });
});
