import { describe, expect, it } from 'vitest';
import { partyName } from '#shared/model/party-name';
import { buildSlides, MEASURES_PER_SLIDE } from '#shared/plan/presentation-slides';
import { addMeasure } from '#shared/plan/measure-operations';
import { samplePlan } from '../../../support/plan-fixtures';

describe('the presentation slides', () => {
  it('step through the vision, each main goal, the strategies and each focus area', () => {
    const slides = buildSlides(samplePlan());
    expect(slides.map((s) => [s.kind, s.kicker, s.title])).toEqual([
      ['vision', 'Visjon', 'Alle skal ha et trygt og godt sted å bo.'],
      ['goal', 'Hovedmål 1', 'Flere vanskeligstilte i egen bolig'],
      ['strategies', 'Strategier', 'Slik skal vi arbeide'],
      ['focus-area', 'Satsningsområde 1', 'Egnede boliger for vanskeligstilte'],
      ['focus-area', 'Satsningsområde 2', 'Individuell oppfølging i bomiljø'],
    ]);
    expect(slides[1]!.items).toEqual([{ code: '1.1', text: 'Kortere tid i midlertidig bolig' }]);
    expect(slides[2]!.items).toEqual([{ code: '1', text: 'KUNNSKAP' }]);
    expect(slides[3]!.items).toEqual([
      { code: '1A', text: 'Boligtorg', detail: 'Lise Fjellvang, Programleder' },
    ]);
    expect(slides[4]!.items).toEqual([]);
    expect(slides[4]!.empty).toBe('Ingen tiltak ennå.');
  });

  it('split a long list of measures over several slides and can show one focus area', () => {
    let plan = samplePlan();
    for (let i = 0; i < MEASURES_PER_SLIDE + 1; i++) {
      plan = addMeasure(plan, 'fa-2', { title: `Tiltak ${i + 1}` }, `m-x${i}`);
    }
    const slides = buildSlides(plan, ['fa-2']);
    const areaSlides = slides.filter((s) => s.kind === 'focus-area');
    expect(areaSlides.map((s) => [s.part, s.items.length])).toEqual([
      ['1 av 2', MEASURES_PER_SLIDE],
      ['2 av 2', 1],
    ]);
    expect(areaSlides[1]!.items[0]).toEqual({
      code: '2G',
      text: 'Tiltak 7',
      detail: 'Ingen ansvarlig ennå',
    });
    expect(new Set(slides.map((s) => s.key)).size).toBe(slides.length);
  });

  it('names owners of every kind', () => {
    const plan = samplePlan();
    expect(partyName(plan, { kind: 'partner', id: 'pa-nav' })).toBe('NAV');
    expect(partyName(plan, { kind: 'body', id: 'b-sg' })).toBe('Styringsgruppe');
    expect(partyName(plan, { kind: 'person', id: 'nobody' })).toBe('');
    expect(partyName(plan, null)).toBe('');
  });
});
