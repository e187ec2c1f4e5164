import type { APIRequestContext, Page } from '@playwright/test';
import { uniqueTitle } from './plan-steps';
import { openOsloPlanWithMeasures } from './plan-with-measures';

/**
 * The Oslo template (period 2027–2030; sources Husbanken, kommunal, andre, overført; default
 * split 70/30; programme management 600 000 kr a year) with measures 1A, 1B (focus area 1) and
 * 2A (focus area 2), costs written into the file so every follow-up figure can be worked out by
 * hand:
 * - 1A: 200 000 kr in 2027 (140 000 Husbanken, 60 000 kommunal), status v, 50 %, ended 30.06.2026
 *   (overdue);
 * - 1B: 100 000 kr in 2027 (70 000 / 30 000), status g, 100 %;
 * - 2A: 300 000 kr in 2027 and 2028 (210 000 / 90 000), status n, 20 %;
 * - programme management 600 000 kr a year (420 000 / 180 000).
 * Budget 2027 = 1 200 000 kr, 2028 = 900 000 kr, 2029 and 2030 = 600 000 kr each.
 * With `spending`, the file also has 2027 spending: 1A 150 000 + 70 000, 2A 180 000 (Husbanken),
 * programme management 400 000 + 180 000 (980 000 kr in all). With `indicators`, measurements of
 * indicator rm-fa1 (44 on 30.06.2027, 50 on 31.12.2027) and need figures for 2027 and 2028.
 */
export async function openFollowUpPlan(
  page: Page,
  request: APIRequestContext,
  options: { spending?: boolean; indicators?: boolean } = {},
): Promise<{ path: string; title: string }> {
  const title = uniqueTitle('Oppfølging for Bydel Fjellstad');
  const path = await openOsloPlanWithMeasures(page, request, title, undefined, (raw) => {
    const plan = raw as {
      measures: Record<string, unknown>[];
      budget: { frame: unknown[]; programmeManagementSpent?: unknown[] };
      mainGoals: {
        subGoals: {
          resultGoals: { id: string; indicator: { measurements?: unknown[] } | null }[];
        }[];
      }[];
      needFigures?: unknown[];
    };
    plan.budget.frame = [];
    plan.measures = plan.measures.filter((m) => ['m-1a', 'm-1b', 'm-2a'].includes(m.id as string));
    const set = (id: string, fields: Record<string, unknown>) =>
      Object.assign(
        plan.measures.find((m) => m.id === id)!,
        fields,
      );
    const costs = (...years: [number, number][]) => ({
      costs: years.map(([year, amount]) => ({ year, amount })),
      financing: { mode: 'default' },
    });
    set('m-1a', {
      budget: costs([2027, 200_000]),
      status: 'v',
      progress: 50,
      startDate: '2025-01-01',
      endDate: '2026-06-30',
    });
    set('m-1b', { budget: costs([2027, 100_000]), status: 'g', progress: 100 });
    set('m-2a', { budget: costs([2027, 300_000], [2028, 300_000]), status: 'n', progress: 20 });
    if (options.spending) {
      set('m-1a', {
        spent: [
          { year: 2027, sourceId: 'src-husbanken', amount: 150_000 },
          { year: 2027, sourceId: 'src-kommunal', amount: 70_000 },
        ],
      });
      set('m-2a', { spent: [{ year: 2027, sourceId: 'src-husbanken', amount: 180_000 }] });
      plan.budget.programmeManagementSpent = [
        { year: 2027, sourceId: 'src-husbanken', amount: 400_000 },
        { year: 2027, sourceId: 'src-kommunal', amount: 180_000 },
      ];
    }
    if (!options.indicators) return;
    const result = plan.mainGoals
      .flatMap((g) => g.subGoals)
      .flatMap((s) => s.resultGoals)
      .find((r) => r.id === 'rm-fa1')!;
    result.indicator!.measurements = [
      { id: 'ms-1', date: '2027-06-30', value: 44, note: 'Halvårstall' },
      { id: 'ms-2', date: '2027-12-31', value: 50, note: '' },
    ];
    plan.needFigures = [
      {
        id: 'n-a7',
        year: 2027,
        category: 'A',
        atStart: 177,
        atEnd: 150,
        helped: 60,
        comment: 'Tall fra kartleggingen.',
      },
      { id: 'n-b7', year: 2027, category: 'B', atStart: 40, atEnd: 35, helped: 12, comment: '' },
      { id: 'n-c7', year: 2027, category: 'C', atStart: 90, atEnd: 88, helped: 20, comment: '' },
      {
        id: 'n-a8',
        year: 2028,
        category: 'A',
        atStart: 150,
        atEnd: 120,
        helped: 55,
        comment: '',
      },
      { id: 'n-b8', year: 2028, category: 'B', atStart: 35, atEnd: 30, helped: 10, comment: '' },
      { id: 'n-c8', year: 2028, category: 'C', atStart: 88, atEnd: 70, helped: 25, comment: '' },
    ];
  });
  return { path, title };
}
