import { newWorkshopCard } from '#shared/plan/workshop-operations';
import { describe, expect, test } from 'vitest';
import { planParts, type PlanPart } from '#shared/model/plan-history';
import { comparePlans } from '#shared/plan/compare/compare-plans';
import { longestIncreasing } from '#shared/plan/compare/compare-engine';
import { newMeasure } from '#shared/plan/measure-operations';
import { formatKroner } from '#shared/format/numbers';
import { comparePlan, edited } from '../../../../support/compare-fixtures';

// comparePlans for every kind of item: added, changed, removed and moved, matched by id.

const base = comparePlan();

/** «kind entityId» for each item of a part, in the comparison's order. */
function items(after: ReturnType<typeof comparePlan>, part: PlanPart): string[] {
  const found = comparePlans(base, after).parts.find((p) => p.part === part)!;
  return found.items.map((i) => `${i.kind} ${i.entityId}`);
}

function item(after: ReturnType<typeof comparePlan>, part: PlanPart, id: string) {
  const found = comparePlans(base, after).parts.find((p) => p.part === part)!;
  return found.items.find((i) => i.entityId === id);
}

describe('comparePlans', () => {
  test('gives every part in the menu order, with zero counts when nothing changed', () => {
    const result = comparePlans(base, structuredClone(base));
    expect(result.parts.map((p) => p.part)).toEqual([...planParts]);
    expect(result.parts.map((p) => p.label)).toContain('Visjon og mål');
    expect(result.total).toEqual({ added: 0, changed: 0, removed: 0, moved: 0 });
    expect(result.parts.every((p) => p.items.length === 0)).toBe(true);
  });

  test('the plan bookkeeping (created and saved times) is never a change', () => {
    const after = edited(base, (p) => {
      p.info.updatedAt = '2031-01-01T00:00:00.000Z';
      p.info.createdAt = '2020-01-01T00:00:00.000Z';
    });
    expect(comparePlans(base, after).total.changed).toBe(0);
  });

  test('counts per part and in total agree with the items', () => {
    const after = edited(base, (p) => {
      p.measures[1]!.title = 'Startlån for unge';
      p.measures.push({ ...newMeasure('m-new', 'fa-2', '2B'), title: 'Ny' });
      p.measures.splice(2, 1);
      p.risks.reverse();
    });
    const result = comparePlans(base, after);
    const measures = result.parts.find((p) => p.part === 'measures')!;
    expect(measures).toMatchObject({ added: 1, changed: 1, removed: 1, moved: 0 });
    expect(result.total).toEqual({ added: 1, changed: 1, removed: 1, moved: 1 });
  });

  test('plans that share what did not change (one undo step) compare as full copies do', () => {
    const owner = { kind: 'partner' as const, id: 'pa-bk' };
    const budget = {
      costs: [{ year: 2027, amount: 300_000 }],
      financing: { mode: 'default' as const },
    };
    // As the plan operations make it: new objects only along the path of the edit.
    const shared = {
      ...base,
      measures: base.measures.map((m) =>
        m.id === 'm-1b' ? { ...m, owner } : m.id === 'm-1a' ? { ...m, budget } : m,
      ),
    };
    const copied = edited(base, (p) => {
      p.measures[1]!.owner = owner;
      p.measures[0]!.budget = budget;
    });
    const strip = (c: ReturnType<typeof comparePlans>) => c.parts.flatMap((p) => p.items);
    expect(strip(comparePlans(base, shared))).toEqual(strip(comparePlans(base, copied)));
    expect(comparePlans(base, shared).total).toEqual({
      added: 0,
      changed: 3,
      removed: 0,
      moved: 0,
    });
  });

  describe('matches by id, never by place', () => {
    test('renaming an item is a change, not a removal and an addition', () => {
      const after = edited(base, (p) => {
        p.targetGroups[0]!.name = 'Unge voksne';
      });
      expect(items(after, 'targetGroups')).toEqual(['changed tg-1']);
    });

    test('an insertion at the front moves nobody', () => {
      const after = edited(base, (p) => {
        p.risks.unshift({ ...p.risks[0]!, id: 'r-new', title: 'Ny risiko' });
        p.chapters.unshift({ ...p.chapters[1]!, id: 'ch-new', title: 'Forord' });
      });
      expect(items(after, 'risks')).toEqual(['added r-new']);
      expect(items(after, 'chapters')).toEqual(['added ch-new']);
    });

    test('a removal at the front moves nobody', () => {
      const after = edited(base, (p) => {
        p.measures.splice(0, 1);
      });
      expect(items(after, 'measures')).toEqual(['removed m-1a']);
    });

    test('one item taken from the end to the front is the only one moved', () => {
      const after = edited(base, (p) => {
        const area1 = p.measures.splice(0, 3);
        p.measures.unshift(area1[2]!, area1[0]!, area1[1]!);
      });
      expect(items(after, 'measures')).toEqual(['moved m-1c']);
      expect(item(after, 'measures', 'm-1c')).toMatchObject({
        from: 'plass 3',
        to: 'plass 1 under Satsningsområde 1',
      });
    });

    test('the longest run kept in order stays; only the others moved', () => {
      expect([...longestIncreasing([0, 1, 2, 3])].sort()).toEqual([0, 1, 2, 3]);
      expect(longestIncreasing([3, 0, 1, 2]).has(0)).toBe(false);
      expect(longestIncreasing([1, 0, 2, 4, 3, 5]).size).toBe(4);
      expect(longestIncreasing([]).size).toBe(0);
    });
  });

  describe('every kind of item', () => {
    test('Om planen: one item for the plan, each field in words', () => {
      const after = edited(base, (p) => {
        p.info.status = 'vedtatt';
        p.info.adoptedDate = '2027-03-12';
        p.info.nationalFrame = 'bolig-for-velferd-2014-2020';
        p.info.programmeLeader = { kind: 'person', id: 'p-ola' };
      });
      const found = item(after, 'info', '')!;
      expect(found.kind).toBe('changed');
      expect(found.fields.map((f) => [f.field, f.before, f.after])).toEqual([
        ['status', 'Utkast', 'Vedtatt'],
        ['adoptedDate', '(tom)', '12.03.2027'],
        ['programmeLeader', 'Lise Fjellvang', 'Ola Nordby'],
        ['nationalFrame', 'Ingen nasjonal ramme', 'Bolig for velferd 2014–2020'],
      ]);
    });

    test('goals: vision, main, sub and result goals added, changed, removed and moved', () => {
      const after = edited(base, (p) => {
        p.vision.text = 'Alle skal bo godt.';
        p.mainGoals[1]!.title = 'Ingen utkastelser';
        p.mainGoals[0]!.subGoals[0]!.resultGoals.push({
          id: 'g-1-1-2',
          title: 'Nytt',
          indicator: null,
        });
        p.mainGoals[1]!.subGoals.splice(0, 1);
        const [moved] = p.mainGoals[0]!.subGoals.splice(1, 1);
        p.mainGoals[1]!.subGoals.push(moved!);
      });
      expect(items(after, 'goals')).toEqual([
        'changed ',
        'added g-1-1-2',
        'changed g-2',
        'moved g-1-2',
        'removed g-2-1',
      ]);
      expect(item(after, 'goals', 'g-1-2')).toMatchObject({
        from: 'Hovedmål 1',
        to: 'Hovedmål 2',
        fields: [],
      });
    });

    test('a result goal moved to another sub-goal, and main goals reordered', () => {
      const after = edited(base, (p) => {
        const [result] = p.mainGoals[0]!.subGoals[0]!.resultGoals.splice(0, 1);
        p.mainGoals[0]!.subGoals[1]!.resultGoals.push(result!);
        p.mainGoals.reverse();
      });
      const kinds = items(after, 'goals');
      expect(kinds).toContain('moved g-1-1-1');
      // Two main goals swapped: one of them moved, not both.
      expect(kinds.filter((k) => k === 'moved g-1' || k === 'moved g-2')).toHaveLength(1);
      expect(item(after, 'goals', 'g-1-1-1')).toMatchObject({
        from: 'Delmål 1.1',
        to: 'Delmål 2.2',
      });
    });

    test('strategies, target groups and focus areas', () => {
      const after = edited(base, (p) => {
        p.strategies.reverse();
        p.strategies[0]!.goalIds = ['g-2'];
        p.targetGroups.push({ id: 'tg-3', name: 'Eldre', description: '' });
        p.targetGroups.splice(1, 1);
        p.focusAreas.splice(2, 1);
        p.focusAreas[1]!.strategyIds = ['s-2'];
      });
      expect(items(after, 'strategies')).toEqual(['changed s-2']);
      expect(item(after, 'strategies', 's-2')!.fields.map((f) => f.field)).toEqual([
        'goalIds',
        'placement',
      ]);
      expect(items(after, 'targetGroups')).toEqual(['added tg-3', 'removed tg-2']);
      expect(items(after, 'focusAreas')).toEqual(['changed fa-2', 'removed fa-3']);
    });

    test('a measure in another focus area is moved; its new code is part of the move', () => {
      const after = edited(base, (p) => {
        const m = p.measures.find((x) => x.id === 'm-1c')!;
        m.focusAreaId = 'fa-2';
        m.code = '2B';
      });
      expect(items(after, 'measures')).toEqual(['moved m-1c']);
      expect(item(after, 'measures', 'm-1c')).toMatchObject({
        label: 'Tiltak 2B «Kartlegge behov»',
        from: 'Satsningsområde 1 (kode 1C)',
        to: 'Satsningsområde 2 (kode 2B)',
      });
    });

    test('moved and changed at once is one change, with where it now stands as a field', () => {
      const after = edited(base, (p) => {
        const m = p.measures.find((x) => x.id === 'm-1c')!;
        m.focusAreaId = 'fa-2';
        m.code = '2B';
        m.title = 'Kartlegge behov for bolig';
      });
      const found = item(after, 'measures', 'm-1c')!;
      expect(found.kind).toBe('changed');
      expect(found.fields).toEqual([
        {
          field: 'title',
          label: 'tittel',
          before: 'Kartlegge behov',
          after: 'Kartlegge behov for bolig',
        },
        {
          field: 'placement',
          label: 'plassering',
          before: 'Satsningsområde 1 (kode 1C)',
          after: 'Satsningsområde 2 (kode 2B)',
        },
      ]);
    });

    test('a measure’s links are compared by what they point at, told by name', () => {
      const after = edited(base, (p) => {
        p.measures[0]!.partnerIds = ['pa-nav', 'pa-bk'];
        p.measures[0]!.goalIds = ['g-1-1', 'g-2'];
        p.measures[0]!.startDate = '2027-06';
        p.measures[0]!.status = 'v';
      });
      expect(
        item(after, 'measures', 'm-1a')!.fields.map((f) => [f.label, f.before, f.after]),
      ).toEqual([
        ['samarbeidspartnere', 'NAV', 'NAV, Boligkontoret'],
        ['mål', 'Delmål 1.1', 'Delmål 1.1, Hovedmål 2'],
        ['startdato', '01.01.2027', 'juni 2027'],
        ['status', 'Ikke angitt', 'Videreført'],
      ]);
    });

    test('renaming a partner changes the partner, not every measure it owns', () => {
      const after = edited(base, (p) => {
        p.partners[0]!.name = 'NAV Eksempel';
      });
      const result = comparePlans(base, after);
      expect(result.total.changed).toBe(1);
      expect(items(after, 'people')).toEqual(['changed pa-nav']);
    });

    test('organisation: a body under another parent and a member in another body are moved', () => {
      const after = edited(base, (p) => {
        p.organisation[2]!.parentId = 'b-bu';
        const [member] = p.organisation[2]!.members.splice(0, 1);
        p.organisation[1]!.members.push(member!);
        p.organisation[1]!.members[0]!.role = 'leder';
        p.organisation.push({
          ...p.organisation[2]!,
          id: 'b-new',
          name: 'Referansegruppe',
          members: [],
        });
      });
      expect(items(after, 'organisation')).toEqual([
        'moved b-ag',
        'added b-new',
        'changed m-1',
        'moved mb-ola',
      ]);
      expect(item(after, 'organisation', 'b-ag')).toMatchObject({
        from: 'Styringsgruppe',
        to: 'Bydelsutvalget',
      });
      expect(item(after, 'organisation', 'mb-ola')).toMatchObject({
        label: 'Ola Nordby i Styringsgruppe',
        from: 'Arbeidsgruppe bolig',
        to: 'Styringsgruppe',
      });
    });

    test('people and partners', () => {
      const after = edited(base, (p) => {
        p.people[1]!.phone = '22 33 44 55';
        p.partners.splice(1, 1);
        p.partners.unshift({
          id: 'pa-new',
          name: 'Husbanken',
          description: '',
          involvement: null,
          contactPersonId: null,
        });
        p.people.reverse();
      });
      expect(items(after, 'people')).toEqual(['changed p-ola', 'added pa-new', 'removed pa-bk']);
      expect(item(after, 'people', 'p-ola')!.fields.map((f) => f.field)).toEqual([
        'phone',
        'placement',
      ]);
    });

    test('chapters: the text compared as plain text, shown as an excerpt', () => {
      const after = edited(base, (p) => {
        // Bold taken off is no change a reader is told about.
        p.chapters[0]!.content = [
          {
            type: 'paragraph',
            content: [
              {
                text: 'Bydelen har 40 000 innbyggere. Mange bor trangt, og ventetiden på kommunal bolig er lang.',
              },
            ],
          },
        ];
      });
      expect(items(after, 'chapters')).toEqual([]);
      const longer = edited(after, (p) => {
        p.chapters[0]!.content[0] = {
          type: 'paragraph',
          content: [
            {
              text: `${'Bydelen har mange innbyggere og en lang tekst om det. '.repeat(5)}Slutten er ny.`,
            },
          ],
        };
      });
      const content = item(longer, 'chapters', 'ch-1')!.fields[0]!;
      expect(content).toMatchObject({ field: 'content', label: 'teksten', long: true });
      expect(content.after.length).toBeLessThan(100);
      expect(content.after.startsWith('Bydelen har mange')).toBe(true);
    });

    test('a template’s writing prompt is no text of the plan: replacing it reads from «(tom)»', () => {
      const withPrompt = edited(base, (p) => {
        p.chapters[1]!.content = [
          { type: 'guidance', content: [{ text: 'Beskriv hvorfor planen finnes.' }] },
        ];
      });
      expect(comparePlans(base, withPrompt).total.changed).toBe(0);
      const written = edited(withPrompt, (p) => {
        p.chapters[1]!.content = [
          { type: 'paragraph', content: [{ text: 'Planen skal hjelpe flere.' }] },
        ];
      });
      const found = comparePlans(withPrompt, written).parts.find((p) => p.part === 'chapters')!;
      expect(found.items[0]!.fields[0]).toMatchObject({
        before: '(tom)',
        after: 'Planen skal hjelpe flere.',
      });
    });

    test('risks', () => {
      const after = edited(base, (p) => {
        p.risks[0]!.likelihood = 'hoy';
        p.risks[0]!.measureIds = ['m-1a', 'm-2a'];
        p.risks.splice(1, 1);
      });
      expect(items(after, 'risks')).toEqual(['changed r-1', 'removed r-2']);
      expect(item(after, 'risks', 'r-1')!.fields.map((f) => [f.label, f.before, f.after])).toEqual([
        ['sannsynlighet', 'Middels', 'Høy'],
        ['truede tiltak', 'Tiltak 1A', 'Tiltak 1A, Tiltak 2A'],
      ]);
    });

    test('follow-up at a summary level: reports, spending, need figures, final report', () => {
      const after = edited(base, (p) => {
        p.statusReports[0]!.summary = 'Et godt halvår.';
        p.statusReports[0]!.entries[0]!.done = 'Åpnet boligtorget.';
        p.measures[0]!.spent[0]!.amount = 100_000;
        p.needFigures[0]!.helped = 20;
        p.finalReport = { summary: 'Bra', areas: [], submittedDate: null };
      });
      expect(items(after, 'followUp')).toEqual([
        'changed r-2027-h1',
        'changed spent:m-1a:2027',
        'changed nf-a',
        'added finalReport',
      ]);
      expect(
        item(after, 'followUp', 'r-2027-h1')!.fields.map((f) => [f.label, f.before, f.after]),
      ).toEqual([
        ['sammendrag', '(tom)', 'Et godt halvår.'],
        ['tiltakslinjer', '4 linjer', '4 linjer (innholdet er endret)'],
      ]);
      expect(item(after, 'followUp', 'spent:m-1a:2027')!.fields[0]).toMatchObject({
        label: 'regnskap for 1A',
        before: formatKroner(95_500),
        after: formatKroner(100_000),
      });
    });

    test('workshops at a summary level', () => {
      const after = edited(base, (p) => {
        p.workshops[0]!.cards.push(newWorkshopCard('c-1', 'Flere boliger'));
        p.workshops.push({ ...p.workshops[0]!, id: 'w-2', title: 'Verksted to', cards: [] });
      });
      expect(items(after, 'workshops')).toEqual(['changed w-1', 'added w-2']);
      expect(item(after, 'workshops', 'w-1')!.fields[0]).toMatchObject({
        label: 'kort',
        before: '0 kort',
        after: '1 kort',
      });
      expect(
        items(
          edited(base, (p) => p.workshops.splice(0, 1)),
          'workshops',
        ),
      ).toEqual(['removed w-1']);
    });
  });
});
