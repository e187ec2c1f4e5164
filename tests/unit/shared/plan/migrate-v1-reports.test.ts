import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '#shared/model/plan';
import { periodFromLabel } from '#shared/plan/migrate-v1-reports';
import { migrateV2Guidance } from '#shared/plan/migrate-v2-guidance';
import { readPlanText } from '#shared/plan/read-plan';
import { isReportLocked } from '#shared/plan/report-operations';
import { repoRoot } from '../../../support/repo-root';

// A plan file written by Planverksted with file format 1 (made with that version's own code from
// the Oslo template, two measures and two status reports in the old shape).
const v1Text = readFileSync(
  join(repoRoot, 'tests', 'fixtures', 'plan-saved-by-version-1.bsplan'),
  'utf8',
);
const v1 = JSON.parse(v1Text) as Record<string, unknown> & {
  measures: { id: string; title: string }[];
};

describe('opening a plan saved by file format 1', () => {
  it('opens as the current format with everything it held', () => {
    const result = readPlanText(v1Text);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const plan = result.plan;
    expect(v1.schemaVersion).toBe(1);
    expect(plan.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    for (const key of ['vision', 'strategies']) {
      expect(plan[key as keyof typeof plan]).toEqual(v1[key]);
    }
    // Focus areas gain an empty cost line of their own and no spending (added with defaults).
    expect(plan.focusAreas.map(({ budget: _b, spent: _s, ...area }) => area)).toEqual(
      v1.focusAreas,
    );
    expect(plan.focusAreas.every((a) => a.budget.costs.length === 0 && a.spent.length === 0)).toBe(
      true,
    );
    // Plan info gains an empty proposed decision, no logo and one code sequence (added with
    // defaults), nothing else.
    expect(plan.info).toEqual({
      ...(v1.info as object),
      proposedDecision: '',
      logo: null,
      sharedProjectsNumberedApart: false,
    });
    // The step to format 3 then marks the template's untouched prompts and examples (tested in
    // migrate-v2-guidance.test.ts); chapters and people are otherwise as they were, and chapters
    // gain «start on a new page», off.
    const asV3 = migrateV2Guidance(structuredClone(v1));
    expect(plan.chapters.map(({ newPage: _, ...c }) => c)).toEqual(asV3.chapters);
    expect(plan.chapters.every((c) => !c.newPage)).toBe(true);
    expect(plan.people).toEqual(asV3.people);
    // Goals gain an empty list of measured values, and sub-goals no focus area, nothing else.
    const stripped = structuredClone(plan.mainGoals);
    stripped.forEach((g) =>
      g.subGoals.forEach((s) => {
        expect(s.focusAreaId).toBeNull();
        delete (s as { focusAreaId?: unknown }).focusAreaId;
        s.resultGoals.forEach((r) => {
          if (r.indicator) {
            expect(r.indicator.measurements).toEqual([]);
            delete (r.indicator as { measurements?: unknown }).measurements;
          }
        });
      }),
    );
    expect(stripped).toEqual(asV3.mainGoals);
    expect(plan.measures.map((m) => [m.id, m.title, m.spent])).toEqual(
      v1.measures.map((m) => [m.id, m.title, []]),
    );
    expect(plan.needFigures).toEqual([]);
    expect(plan.finalReport).toBeNull();
    expect(plan.budget.programmeManagementSpent).toEqual([]);
  });

  it('turns the old status reports into periods with a snapshot of each measure', () => {
    const result = readPlanText(v1Text);
    if (!result.ok) throw new Error('not ok');
    const [first, annual] = result.plan.statusReports;
    expect(first).toMatchObject({
      id: 'rapport-2026-1',
      period: { year: 2026, part: 'h1' },
      deadline: '2026-08-15',
      submittedDate: '2026-08-10',
      summary: 'Arbeidet er i gang i alle satsningsområder.',
      context: { takenDate: '2026-08-10', municipality: 'Oslo kommune' },
    });
    expect(isReportLocked(first!)).toBe(true);
    expect(first!.entries).toHaveLength(2);
    expect(first!.entries[0]).toMatchObject({
      measureId: v1.measures[0]!.id,
      measure: { title: 'Boligtorg', code: '1A', expectedResult: 'Ett sted å spørre' },
      status: 'v',
      progress: 50,
      done: 'Boligtorget har åpnet.',
      challenges: '',
    });
    expect(annual).toMatchObject({ period: { year: 2026, part: 'year' }, submittedDate: null });
  });

  it('reads the period of an old label', () => {
    expect(periodFromLabel('1. halvår 2014', 'halvar', 2020)).toEqual({ year: 2014, part: 'h1' });
    expect(periodFromLabel('2.halvår 2015', 'halvar', 2020)).toEqual({ year: 2015, part: 'h2' });
    expect(periodFromLabel('Årsrapport 2016', 'ar', 2020)).toEqual({ year: 2016, part: 'year' });
    expect(periodFromLabel('', 'ar', 2020)).toEqual({ year: 2020, part: 'year' });
    expect(periodFromLabel('Våren', 'halvar', 2021)).toEqual({ year: 2021, part: 'h1' });
  });

  it('refuses in bokmål, not with a crash, when an old report is broken by hand', () => {
    const broken = JSON.parse(v1Text) as { statusReports: unknown[] };
    broken.statusReports = [{ id: 'x', kind: 'halvar', entries: [{ measureId: 7 }] }];
    const result = readPlanText(JSON.stringify(broken));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/[æøå]|ikke|Filen/);
  });
});
