import { describe, expect, it } from 'vitest';
import { nationalFrames } from '#shared/model/plan-info';
import { nationalGoalChoice, nationalGoalsOf } from '#shared/plan/national-goals';
import { readShippedTemplate, templateFiles } from '../../../support/shipped-templates';

describe('nationalGoalsOf', () => {
  it('gives each frame its goals in order, stored with the frame’s name', () => {
    expect(nationalGoalsOf('ingen')).toEqual([]);
    expect(nationalGoalsOf('bolig-for-velferd-2014-2020')).toEqual([
      {
        value: 'Bolig for velferd, mål 1: Alle skal ha et godt sted å bo',
        label: 'Mål 1: Alle skal ha et godt sted å bo',
      },
      {
        value:
          'Bolig for velferd, mål 2: Alle med behov for tjenester skal få hjelp til å mestre boforholdet',
        label: 'Mål 2: Alle med behov for tjenester skal få hjelp til å mestre boforholdet',
      },
      {
        value: 'Bolig for velferd, mål 3: Den offentlige innsatsen skal være helhetlig og effektiv',
        label: 'Mål 3: Den offentlige innsatsen skal være helhetlig og effektiv',
      },
    ]);
    expect(nationalGoalsOf('husbanken-2010')).toHaveLength(3);
    expect(nationalGoalsOf('alle-trenger-et-trygt-hjem-2021-2024')).toHaveLength(4);
  });

  it('offers every national goal a shipped template names, under the template’s own frame', () => {
    let named = 0;
    for (const file of templateFiles()) {
      const { plan } = readShippedTemplate(file);
      const values = nationalGoalsOf(plan.info.nationalFrame).map((o) => o.value);
      for (const goal of plan.mainGoals) {
        if (goal.nationalGoal === '') continue;
        named += 1;
        expect(values, `${file}: ${goal.title}`).toContain(goal.nationalGoal);
      }
    }
    // Oslo 3, Bolig for velferd 3, Alle trenger et trygt hjem 4.
    expect(named).toBe(10);
  });
});

describe('nationalGoalChoice', () => {
  it('shows nothing chosen for an empty field', () => {
    expect(nationalGoalChoice('husbanken-2010', '  ')).toMatchObject({ selected: '', kept: null });
  });

  it('recognises a goal of the frame, also with other spacing or case', () => {
    const value = 'Alle trenger et trygt hjem, mål 2: Leie skal være et trygt alternativ';
    expect(nationalGoalChoice('alle-trenger-et-trygt-hjem-2021-2024', value)).toMatchObject({
      selected: value,
      kept: null,
    });
    expect(
      nationalGoalChoice(
        'alle-trenger-et-trygt-hjem-2021-2024',
        ' alle trenger et trygt hjem,  mål 2: leie skal være et trygt alternativ',
      ),
    ).toMatchObject({ selected: value, kept: null });
  });

  it('keeps text typed before the choice existed as a choice of its own', () => {
    const typed = 'Bolig for velferd, mål 1';
    expect(nationalGoalChoice('bolig-for-velferd-2014-2020', typed)).toEqual({
      options: nationalGoalsOf('bolig-for-velferd-2014-2020'),
      selected: typed,
      kept: { value: typed, frame: null },
    });
  });

  it('keeps a goal of another frame, and says which frame it is from', () => {
    const other = nationalGoalsOf('husbanken-2010')[0]!.value;
    for (const frame of nationalFrames.filter((f) => f !== 'husbanken-2010'))
      expect(nationalGoalChoice(frame, other)).toMatchObject({
        selected: other,
        kept: { value: other, frame: 'husbanken-2010' },
      });
  });
});
