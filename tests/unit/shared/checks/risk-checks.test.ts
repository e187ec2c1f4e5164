import { describe, expect, it } from 'vitest';
import { checkSeverity } from '#shared/checks/check-severity';
import { runQualityChecks } from '#shared/checks/quality-checks';
import { addRisk } from '#shared/plan/risk-operations';
import { samplePlan } from '../../../support/plan-fixtures';

const riskProblems = (plan: ReturnType<typeof samplePlan>) =>
  runQualityChecks(plan).filter((p) => p.section === 'risikoanalyse');

describe('quality checks of the risks', () => {
  it('flag a high risk without mitigation or owner, linked to the field that fixes it', () => {
    const plan = addRisk(samplePlan(), { title: 'For få boliger', likelihood: 'hoy' }, 'r1');
    expect(riskProblems(plan)).toEqual([
      {
        key: 'risk-mitigation:r1',
        kind: 'high-risk-without-mitigation',
        message: 'Risiko 1 «For få boliger» er en høy risiko uten tiltak mot risikoen.',
        section: 'risikoanalyse',
        entityId: 'r1',
        field: 'mitigation',
      },
      {
        key: 'risk-owner:r1',
        kind: 'high-risk-without-owner',
        message: 'Risiko 1 «For få boliger» er en høy risiko uten ansvarlig.',
        section: 'risikoanalyse',
        entityId: 'r1',
        field: 'owner',
      },
    ]);
    expect(checkSeverity['high-risk-without-owner']).toBe('viktig');
  });

  it('are satisfied when the high risk has both', () => {
    const plan = addRisk(
      samplePlan(),
      {
        likelihood: 'middels',
        consequence: 'hoy',
        mitigation: '  Egen boligkoordinator  ',
        owner: { kind: 'person', id: 'p-lise' },
      },
      'r1',
    );
    expect(riskProblems(plan)).toEqual([]);
  });

  it('ask only for what is missing, and count from the list (a blank title reads as the number)', () => {
    let plan = addRisk(samplePlan(), { likelihood: 'lav' }, 'r0');
    plan = addRisk(plan, { likelihood: 'hoy', consequence: 'hoy', mitigation: '   ' }, 'r1');
    plan.risks[1]!.owner = { kind: 'person', id: 'p-lise' };
    expect(riskProblems(plan).map((p) => p.message)).toEqual([
      'Risiko 2 er en høy risiko uten tiltak mot risikoen.',
    ]);
  });

  it('leave risks that are not high alone, however bare', () => {
    let plan = samplePlan();
    plan = addRisk(plan, { likelihood: 'hoy', consequence: 'lav' }, 'r1');
    plan = addRisk(plan, { likelihood: 'lav', consequence: 'hoy' }, 'r2');
    plan = addRisk(plan, { likelihood: 'middels', consequence: 'middels' }, 'r3');
    expect(riskProblems(plan)).toEqual([]);
  });

  it('send a broken threatened-measure reference to the risk page', () => {
    const plan = addRisk(samplePlan(), { likelihood: 'lav' }, 'r1');
    plan.risks[0]!.measureIds = ['gone'];
    expect(riskProblems(plan).map((p) => p.kind)).toEqual(['broken-reference']);
  });
});
