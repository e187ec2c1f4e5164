import { describe, expect, it } from 'vitest';
import { ideaOutcome, type IdeaDecisions } from '../../../../renderer/src/participant/idea-outcome';

const fresh: IdeaDecisions = { parked: false, accepted: false, measureId: null, mergedFrom: [] };

describe('what became of an idea', () => {
  it('says nothing until the facilitator has done something', () => {
    expect(ideaOutcome(fresh)).toEqual([]);
  });

  it('names parked, accepted and promoted cards, the latest decision winning', () => {
    expect(ideaOutcome({ ...fresh, parked: true })).toEqual(['Parkert']);
    expect(ideaOutcome({ ...fresh, accepted: true })).toEqual(['Godtatt som tiltak']);
    expect(ideaOutcome({ ...fresh, accepted: true, parked: true })).toEqual(['Parkert']);
    expect(ideaOutcome({ ...fresh, accepted: true, measureId: 'm-1' })).toEqual([
      'Gjort til tiltak i planen',
    ]);
  });

  it('counts the ideas merged into a card', () => {
    expect(ideaOutcome({ ...fresh, mergedFrom: ['A'] })).toEqual(['Slått sammen med en annen idé']);
    expect(ideaOutcome({ ...fresh, accepted: true, mergedFrom: ['A', 'B'] })).toEqual([
      'Godtatt som tiltak',
      'Slått sammen med 2 andre ideer',
    ]);
  });

  it('says only that an own idea merged into another card lives on there', () => {
    expect(ideaOutcome({ ...fresh, parked: true, mergedInto: 'c-9' })).toEqual([
      'Slått sammen med en annen idé',
    ]);
  });
});
