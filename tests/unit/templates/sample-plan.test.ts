import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runQualityChecks } from '#shared/checks/quality-checks';
import { instantiateTemplate } from '#shared/plan/create-plan';
import { planForDocument } from '#shared/plan/document-plan';
import { loadSamplePlan } from '../../../electron/services/template-library';
import { templatesDir } from '../../support/shipped-templates';

const raw = readFileSync(join(templatesDir, 'samples', 'eksempelplan.json'), 'utf8');
const sample = await loadSamplePlan(templatesDir);
const plan = sample.plan;

describe('the example plan (templates/samples/eksempelplan.json)', () => {
  it('reads through the plan file path, like a template', () => {
    expect(sample.id).toBe('eksempelplan');
    expect(plan.info.district).toBe('Bydel Solhaug');
  });

  it('is a whole plan: every part a programme leader fills in has content', () => {
    expect(plan.vision.text).not.toBe('');
    expect(plan.mainGoals.length).toBeGreaterThanOrEqual(5);
    const subGoals = plan.mainGoals.flatMap((g) => g.subGoals);
    expect(subGoals.every((s) => s.resultGoals.length > 0)).toBe(true);
    expect(plan.strategies.length).toBeGreaterThanOrEqual(4);
    expect(plan.targetGroups.length).toBeGreaterThanOrEqual(5);
    expect(plan.organisation.length).toBeGreaterThanOrEqual(5);
    expect(plan.chapters.length).toBeGreaterThanOrEqual(4);
    expect(plan.measures.length).toBeGreaterThanOrEqual(10);
    for (const area of plan.focusAreas) {
      expect(plan.measures.filter((m) => m.focusAreaId === area.id).length).toBeGreaterThan(1);
    }
    for (const m of plan.measures) {
      expect(m.owner, m.code).not.toBeNull();
      expect(m.partnerIds.length, m.code).toBeGreaterThan(0);
      expect(m.startDate && m.endDate, m.code).toBeTruthy();
      expect(m.status, m.code).not.toBeNull();
      expect(m.budget.costs.length, m.code).toBeGreaterThan(0);
    }
    // Not only the default split: one measure with its own split, one with fixed amounts.
    const modes = new Set(plan.measures.map((m) => m.budget.financing.mode));
    expect([...modes].sort()).toEqual(['amount', 'default', 'percent']);
  });

  it('passes Kvalitetssjekk, also as a new copy made today', () => {
    expect(runQualityChecks(plan).map((p) => p.message)).toEqual([]);
    const copy = instantiateTemplate(plan, '', new Date('2026-12-05T09:00:00Z'));
    expect(runQualityChecks(copy, { today: '2026-12-05' }).map((p) => p.message)).toEqual([]);
  });

  it('holds only invented people, with no example markers and no real contact details', () => {
    for (const person of plan.people) {
      expect(person.example, person.name).toBeUndefined();
      expect(person.email, person.name).toMatch(/@eksempel\.no$/);
      expect(person.phone, person.name).toBe('');
    }
    const emails = raw.match(/[^\s"'<>()@]+@[^\s"'<>()@]+/g) ?? [];
    for (const email of emails) expect(email).toMatch(/@eksempel\.no$/);
    expect(raw).not.toMatch(/Oslo|\+47|\b\d{8}\b/);
    // Nothing is held back from the documents as a template's example or prompt.
    expect(planForDocument(plan).people).toHaveLength(plan.people.length);
    expect(raw).not.toContain('"guidance"');
  });
});
