import { describe, expect, it } from 'vitest';
import { progressFormText } from '#shared/export/progress-text';

const pct = (n: number) => `${n}\u00a0%`;

describe('progress as the form shows it', () => {
  it('shows the box alone when the percent is the box', () => {
    expect(progressFormText(0)).toBe(pct(0));
    expect(progressFormText(25)).toBe(pct(25));
    expect(progressFormText(100)).toBe(pct(100));
  });

  it('shows the box and the exact percent when they differ', () => {
    expect(progressFormText(70)).toBe(`${pct(75)} (${pct(70)})`);
    expect(progressFormText(99)).toBe(`${pct(75)} (${pct(99)})`);
    expect(progressFormText(10)).toBe(`${pct(25)} (${pct(10)})`);
  });
});
