import { describe, expect, it } from 'vitest';
import { buildPlanDocx } from '#shared/export/word/build-plan-docx';
import { createEmptyPlan } from '#shared/plan/create-plan';
import { addMainGoal } from '#shared/plan/goal-operations';
import { nationalGoalsOf } from '#shared/plan/national-goals';
import { bodyBlocks, readDocx, textOf } from '../../../../support/docx-reader';

describe('Nasjonalt mål in Word', () => {
  it('prints the chosen goal of the frame in full, and an old typed text as it was', async () => {
    let plan = createEmptyPlan(new Date('2026-03-01T10:00:00.000Z'));
    plan.info.title = 'Plan';
    plan.info.nationalFrame = 'bolig-for-velferd-2014-2020';
    const chosen = nationalGoalsOf('bolig-for-velferd-2014-2020')[1]!.value;
    plan = addMainGoal(plan, { title: 'Bo trygt', nationalGoal: chosen }, 'g-1');
    plan = addMainGoal(plan, { title: 'Eldre', nationalGoal: 'Bolig for velferd, mål 1' }, 'g-2');
    plan = addMainGoal(plan, { title: 'Uten' }, 'g-3');

    const bytes = await buildPlanDocx(
      plan,
      { sections: ['mal'], date: '2026-03-01' },
      { orgChart: null, charts: {} },
    );
    const texts = bodyBlocks(readDocx(bytes).part('word/document.xml')).map((b) => textOf(b.xml));
    expect(texts).toContain(
      'Gjelder hele planen · Nasjonalt mål: Bolig for velferd, mål 2: Alle med behov for tjenester skal få hjelp til å mestre boforholdet',
    );
    expect(texts).toContain('Gjelder hele planen · Nasjonalt mål: Bolig for velferd, mål 1');
    expect(texts.filter((t) => t.startsWith('Gjelder hele planen'))).toHaveLength(3);
    expect(texts).toContain('Gjelder hele planen');
  });
});
