import { describe, expect, it } from 'vitest';
import { planSchema, type Plan } from '#shared/model/plan';
import { removeFocusArea } from '#shared/plan/focus-area-operations';
import { findIntegrityProblems } from '#shared/plan/integrity';
import { removeMeasure } from '#shared/plan/measure-operations';
import {
  addRisk,
  moveRisk,
  moveRiskTo,
  removeRisk,
  setRiskMeasure,
  updateRisk,
} from '#shared/plan/risk-operations';
import { tracePlan } from '../../../support/trace-plan';

const titles = (plan: Plan) => plan.risks.map((r) => r.title);

function planWithRisks(): Plan {
  let plan = tracePlan();
  plan = addRisk(plan, { title: 'For få boliger' }, 'r1');
  plan = addRisk(plan, { title: 'Lav deltakelse' }, 'r2');
  plan = addRisk(plan, { title: 'Ingen midler' }, 'r3');
  return plan;
}

describe('risk operations', () => {
  it('add a risk last, at «middels» on both axes, with nothing else filled in', () => {
    const plan = addRisk(tracePlan(), {}, 'r-new');
    expect(plan.risks).toEqual([
      {
        id: 'r-new',
        title: '',
        description: '',
        likelihood: 'middels',
        consequence: 'middels',
        mitigation: '',
        owner: null,
        measureIds: [],
      },
    ]);
    expect(planSchema.safeParse(plan).success).toBe(true);
  });

  it('update the fields of one risk and leave the plan alone when nothing changes', () => {
    const plan = planWithRisks();
    const next = updateRisk(plan, 'r2', {
      likelihood: 'hoy',
      owner: { kind: 'person', id: 'p-1' },
      mitigation: 'Oppsøkende arbeid',
    });
    expect(next.risks[1]).toMatchObject({
      title: 'Lav deltakelse',
      likelihood: 'hoy',
      consequence: 'middels',
      owner: { kind: 'person', id: 'p-1' },
      mitigation: 'Oppsøkende arbeid',
    });
    expect(next.risks[0]).toBe(plan.risks[0]);
    expect(updateRisk(next, 'r2', { owner: { kind: 'person', id: 'p-1' } })).toBe(next);
    expect(updateRisk(next, 'r2', { title: 'Lav deltakelse' })).toBe(next);
    expect(updateRisk(next, 'missing', { title: 'x' })).toBe(next);
    expect(updateRisk(next, 'r2', { owner: null }).risks[1]!.owner).toBeNull();
  });

  it('mark threatened measures in the plan’s order, and unmark them', () => {
    let plan = planWithRisks();
    plan = setRiskMeasure(plan, 'r1', 'm3', true);
    plan = setRiskMeasure(plan, 'r1', 'm2', true);
    // The file order of the measures is m2, m4, m1, m3.
    expect(plan.risks[0]!.measureIds).toEqual(['m2', 'm3']);
    expect(setRiskMeasure(plan, 'r1', 'm2', true)).toBe(plan);
    expect(setRiskMeasure(plan, 'r1', 'no-such-measure', true)).toBe(plan);
    plan = setRiskMeasure(plan, 'r1', 'm2', false);
    expect(plan.risks[0]!.measureIds).toEqual(['m3']);
  });

  it('move a risk up and down, and to a place', () => {
    const plan = planWithRisks();
    expect(titles(moveRisk(plan, 'r3', -1))).toEqual([
      'For få boliger',
      'Ingen midler',
      'Lav deltakelse',
    ]);
    expect(moveRisk(plan, 'r1', -1)).toBe(plan);
    expect(moveRisk(plan, 'r3', 1)).toBe(plan);
    expect(titles(moveRiskTo(plan, 'r1', 2))).toEqual([
      'Lav deltakelse',
      'Ingen midler',
      'For få boliger',
    ]);
  });

  it('remove a risk', () => {
    const plan = planWithRisks();
    expect(titles(removeRisk(plan, 'r2'))).toEqual(['For få boliger', 'Ingen midler']);
    expect(removeRisk(plan, 'missing')).toBe(plan);
  });
});

describe('a risk’s threatened measures when measures go', () => {
  it('lose a deleted measure, and keep the rest', () => {
    let plan = planWithRisks();
    plan = setRiskMeasure(plan, 'r1', 'm1', true);
    plan = setRiskMeasure(plan, 'r1', 'm3', true);
    const untouched = plan.risks[1];
    const next = removeMeasure(plan, 'm1');
    expect(next.risks[0]!.measureIds).toEqual(['m3']);
    expect(next.risks[1]).toBe(untouched);
    expect(findIntegrityProblems(next)).toEqual([]);
  });

  it('lose the measures of a deleted focus area', () => {
    let plan = planWithRisks();
    plan = setRiskMeasure(plan, 'r2', 'm2', true);
    plan = setRiskMeasure(plan, 'r2', 'm4', true);
    const next = removeFocusArea(plan, 'fa-2');
    expect(next.risks[1]!.measureIds).toEqual(['m4']);
    expect(findIntegrityProblems(next)).toEqual([]);
  });

  it('are a broken reference when they name a measure that does not exist', () => {
    const plan = planWithRisks();
    plan.risks[2]!.measureIds = ['gone'];
    expect(findIntegrityProblems(plan).map((p) => p.message)).toEqual([
      'Risiko 3 «Ingen midler» › tiltak: tiltaket med id «gone» finnes ikke.',
    ]);
  });
});
