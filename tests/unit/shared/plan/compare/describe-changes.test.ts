import { describe, expect, test } from 'vitest';
import type { Plan } from '#shared/model/plan';
import { describeChanges } from '#shared/plan/compare/describe-changes';
import { newMeasure } from '#shared/plan/measure-operations';
import { comparePlan, edited } from '../../../../support/compare-fixtures';

// The change log's sentences: the examples, one sentence per field or item, stable
// fields, and never an id in the text.

const base = comparePlan();

/** The sentences, with no-break spaces (kroner, percent) read as spaces. */
const texts = (after: Plan, before: Plan = base) =>
  describeChanges(before, after).map((d) => d.text.replace(/\u00a0/g, ' '));

describe('describeChanges', () => {
  test('the issue’s examples, word for word', () => {
    const after = edited(base, (p) => {
      p.measures.find((m) => m.id === 'm-1b')!.owner = { kind: 'partner', id: 'pa-bk' };
      p.measures.find((m) => m.id === 'm-1b')!.budget.costs = [{ year: 2027, amount: 250_000 }];
      p.measures.push({ ...newMeasure('m-3c', 'fa-3', '3C'), title: 'Boveiledning' });
    });
    expect(texts(after)).toEqual([
      'Tiltak 1B: ansvarlig endret fra NAV til Boligkontoret',
      'Tiltak 3C «Boveiledning» lagt til',
      'Budsjett 2027: kostnad for 1B endret fra 200 000 kr til 250 000 kr',
    ]);
  });

  test('a sub-goal under another main goal is told as moved, with the numbers the app shows', () => {
    const after = edited(base, (p) => {
      const [sub] = p.mainGoals[0]!.subGoals.splice(1, 1);
      p.mainGoals[1]!.subGoals.push(sub!);
    });
    expect(texts(after)).toEqual([
      'Delmål 2.2 «Flere unge i egen bolig» flyttet fra Hovedmål 1 til Hovedmål 2',
    ]);
  });

  test('one sentence per changed field, each with its own stable field', () => {
    const after = edited(base, (p) => {
      p.measures[0]!.title = 'Boligtorget';
      p.measures[0]!.endDate = '2029';
    });
    expect(describeChanges(base, after)).toEqual([
      {
        part: 'measures',
        kind: 'changed',
        entityId: 'm-1a',
        field: 'title',
        text: 'Tiltak 1A: tittel endret fra Boligtorg til Boligtorget',
      },
      {
        part: 'measures',
        kind: 'changed',
        entityId: 'm-1a',
        field: 'endDate',
        text: 'Tiltak 1A: sluttdato endret fra 31.12.2028 til 2029',
      },
    ]);
    // The same field edited again is the same entity and field, so the log can merge the two.
    const again = edited(after, (p) => {
      p.measures[0]!.title = 'Boligtorget i bydelen';
    });
    const [first] = describeChanges(base, after);
    const [second] = describeChanges(after, again);
    expect([second!.entityId, second!.field]).toEqual([first!.entityId, first!.field]);
  });

  test('added, removed and moved items are one sentence each, with no field', () => {
    const after = edited(base, (p) => {
      p.strategies.push({ id: 's-3', code: '3', title: 'EIERSKAP', description: '', goalIds: [] });
      p.targetGroups.splice(1, 1);
      p.chapters.reverse();
      p.organisation[2]!.parentId = 'b-bu';
    });
    const found = describeChanges(base, after);
    expect(found.map((d) => [d.kind, d.field, d.text])).toEqual([
      ['added', '', 'Strategi 3 «EIERSKAP» lagt til'],
      ['removed', '', 'Målgruppen «Flyktninger» fjernet'],
      ['moved', '', 'Arbeidsgruppe bolig flyttet fra Styringsgruppe til Bydelsutvalget'],
      ['moved', '', 'Kapittelet «Innledning» flyttet fra plass 2 til plass 1'],
    ]);
  });

  test('moved and changed: the move is its own sentence among the field changes', () => {
    const after = edited(base, (p) => {
      const m = p.measures.find((x) => x.id === 'm-1c')!;
      m.focusAreaId = 'fa-2';
      m.code = '2B';
      m.owner = { kind: 'person', id: 'p-ola' };
    });
    expect(texts(after)).toEqual([
      'Tiltak 2B: ansvarlig endret fra (tom) til Ola Nordby',
      'Tiltak 2B flyttet fra Satsningsområde 1 (kode 1C) til Satsningsområde 2 (kode 2B)',
    ]);
    expect(describeChanges(base, after).map((d) => d.field)).toEqual(['owner', 'placement']);
  });

  describe('the budget, per line and year', () => {
    test('a cost per year changed, added and removed', () => {
      const after = edited(base, (p) => {
        p.measures[0]!.budget.costs = [
          { year: 2027, amount: 300_000 },
          { year: 2028, amount: 100_000 },
        ];
        p.measures[1]!.budget.costs = [];
      });
      expect(texts(after)).toEqual([
        'Budsjett 2027: kostnad for 1A endret fra 250 000 kr til 300 000 kr',
        'Budsjett 2028: 1A «Boligtorg» lagt til (kostnad 100 000 kr)',
        'Budsjett 2027: 1B «Startlån til unge» fjernet (var kostnad 200 000 kr)',
      ]);
      const ids = describeChanges(base, after).map((d) => d.entityId);
      expect(ids).toEqual(['m-1a:2027', 'm-1a:2028', 'm-1b:2027']);
    });

    test('programme management, an area’s own line, the frame and the financing', () => {
      const after = edited(base, (p) => {
        p.budget.programmeManagement.costs = [{ year: 2027, amount: 650_000 }];
        p.focusAreas[1]!.budget = {
          costs: [{ year: 2028, amount: 80_000 }],
          financing: { mode: 'default' },
        };
        p.budget.frame = [{ year: 2027, amount: 2_500_000 }];
        p.measures[0]!.budget.financing = { mode: 'default' };
        const [husbanken, kommunal] = p.budget.sources;
        p.budget.defaultSplit = [
          { sourceId: husbanken!.id, percent: 60 },
          { sourceId: kommunal!.id, percent: 40 },
        ];
      });
      const [husbanken, kommunal] = base.budget.sources.map((s) => s.name);
      expect(texts(after)).toEqual([
        'Budsjett 2027: kostnad for programledelse endret fra 600 000 kr til 650 000 kr',
        'Budsjett 2028: felles for Satsningsområde 2 lagt til (kostnad 80 000 kr)',
        'Budsjett 2027: programramme endret fra 2 000 000 kr til 2 500 000 kr',
        `Budsjett: finansiering av 1A endret fra egen fordeling: ${husbanken} 70 %, ${kommunal} 30 % til standard fordeling`,
        `Budsjett: standard fordeling endret fra ${husbanken} 50 %, ${kommunal} 50 % til ${husbanken} 60 %, ${kommunal} 40 %`,
      ]);
    });

    test('fixed amounts per source and year', () => {
      const [husbanken] = base.budget.sources;
      const withAmounts = edited(base, (p) => {
        p.measures[1]!.budget.financing = {
          mode: 'amount',
          amounts: [{ year: 2027, sourceId: husbanken!.id, amount: 200_000 }],
        };
      });
      const after = edited(withAmounts, (p) => {
        const financing = p.measures[1]!.budget.financing;
        if (financing.mode === 'amount') financing.amounts[0]!.amount = 150_000;
      });
      expect(texts(after, withAmounts)).toEqual([
        `Budsjett 2027: ${husbanken!.name} for 1B endret fra 200 000 kr til 150 000 kr`,
      ]);
    });
  });

  test('the plan’s bookkeeping alone gives no sentence', () => {
    const after = edited(base, (p) => {
      p.info.updatedAt = '2030-01-01T12:00:00.000Z';
    });
    expect(describeChanges(base, after)).toEqual([]);
  });

  test('ids never leak into the texts', () => {
    const after = edited(base, (p) => {
      p.measures[0]!.owner = { kind: 'body', id: 'b-sg' };
      p.measures[0]!.targetGroupIds = ['tg-1', 'tg-2'];
      p.measures[0]!.strategyIds = ['s-2'];
      p.measures[0]!.goalIds = ['g-2-1'];
      p.measures[0]!.budget.costs = [{ year: 2029, amount: 1 }];
      p.measures.splice(1, 1);
      p.measures.push({ ...newMeasure('m-x', 'fa-3', ''), title: '' });
      p.mainGoals[0]!.subGoals[0]!.resultGoals[0]!.indicator!.target = { value: 300, year: 2030 };
      p.mainGoals.reverse();
      p.organisation[1]!.members[0]!.personId = 'p-ola';
      p.partners[1]!.contactPersonId = 'p-lise';
      p.risks[0]!.owner = { kind: 'partner', id: 'pa-bk' };
      p.risks[0]!.measureIds = [];
      p.strategies[0]!.goalIds = ['g-1-1-1'];
      p.focusAreas[0]!.strategyIds = ['s-1', 's-2'];
      p.workshops[0]!.focusAreaId = 'fa-2';
      p.info.owner = { kind: 'body', id: 'b-bu' };
      p.chapters.splice(0, 1);
      p.needFigures = [];
      p.statusReports = [];
      p.people.splice(1, 1);
      p.organisation[2]!.members = [];
    });
    const sentences = texts(after);
    expect(sentences.length).toBeGreaterThan(20);
    const ids = new Set<string>();
    const collect = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(collect);
      else if (value && typeof value === 'object')
        for (const [key, inner] of Object.entries(value)) {
          if ((key === 'id' || key.endsWith('Id')) && typeof inner === 'string') ids.add(inner);
          else collect(inner);
        }
    };
    collect(base);
    collect(after);
    ids.delete('');
    const leaks = sentences.filter((s) =>
      [...ids].some((id) =>
        new RegExp(`(^|[^\\p{L}\\p{N}-])${id}($|[^\\p{L}\\p{N}-])`, 'u').test(s),
      ),
    );
    expect(leaks).toEqual([]);
  });
});
