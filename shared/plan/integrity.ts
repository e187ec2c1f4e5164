import type { Plan } from '../model/plan';
import type { PartyRef } from '../model/primitives';
import { endsBeforeStart, formatPartialDate } from '../format/partial-date';
import { describeLocation } from './labels';

export interface IntegrityProblem {
  path: (string | number)[];
  message: string;
}

/**
 * What makes a plan contradict itself: duplicate ids, references to things that do not exist,
 * reporting-line cycles, and dates or periods that run backwards. A plan with any of these is
 * refused on load and never written.
 */
export function findIntegrityProblems(plan: Plan): IntegrityProblem[] {
  const problems: IntegrityProblem[] = [];
  // `place` is what the message names (the entity or field), `path` where zod reports it.
  const report = (path: (string | number)[], what: string, place: (string | number)[] = path) =>
    problems.push({ path, message: `${describeLocation(plan, place)}: ${what}` });

  // Every id is unique across the whole plan, so a reference can never be ambiguous.
  const seen = new Map<string, (string | number)[]>();
  const registerId = (id: string, path: (string | number)[]) => {
    if (seen.has(id)) report([...path, 'id'], `id «${id}» er brukt mer enn én gang.`, path);
    else seen.set(id, path);
  };

  const goalIds = new Set<string>();
  plan.mainGoals.forEach((main, i) => {
    registerId(main.id, ['mainGoals', i]);
    goalIds.add(main.id);
    main.subGoals.forEach((sub, j) => {
      registerId(sub.id, ['mainGoals', i, 'subGoals', j]);
      goalIds.add(sub.id);
      sub.resultGoals.forEach((result, k) => {
        registerId(result.id, ['mainGoals', i, 'subGoals', j, 'resultGoals', k]);
        goalIds.add(result.id);
      });
    });
  });
  const idsOf = <T extends { id: string }>(key: keyof Plan, list: T[]) => {
    list.forEach((item, i) => registerId(item.id, [key, i]));
    return new Set(list.map((item) => item.id));
  };
  const strategyIds = idsOf('strategies', plan.strategies);
  const focusAreaIds = idsOf('focusAreas', plan.focusAreas);
  const measureIds = idsOf('measures', plan.measures);
  const targetGroupIds = idsOf('targetGroups', plan.targetGroups);
  const personIds = idsOf('people', plan.people);
  const partnerIds = idsOf('partners', plan.partners);
  const bodyIds = idsOf('organisation', plan.organisation);
  idsOf('chapters', plan.chapters);
  idsOf('risks', plan.risks);
  idsOf('statusReports', plan.statusReports);
  idsOf('workshops', plan.workshops);
  plan.info.history.forEach((event, i) => registerId(event.id, ['info', 'history', i]));
  plan.budget.sources.forEach((s, i) => registerId(s.id, ['budget', 'sources', i]));
  const sourceIds = new Set(plan.budget.sources.map((s) => s.id));
  plan.organisation.forEach((body, i) =>
    body.members.forEach((m, j) => registerId(m.id, ['organisation', i, 'members', j])),
  );
  plan.workshops.forEach((w, i) =>
    w.cards.forEach((c, j) => registerId(c.id, ['workshops', i, 'cards', j])),
  );

  const what: Record<string, string> = {
    goal: 'målet',
    strategy: 'strategien',
    focusArea: 'satsningsområdet',
    measure: 'tiltaket',
    targetGroup: 'målgruppen',
    person: 'personen',
    partner: 'samarbeidspartneren',
    body: 'organisasjonsleddet',
    source: 'finansieringskilden',
  };
  const checkRef = (
    id: string | null,
    known: Set<string>,
    kind: keyof typeof what,
    path: (string | number)[],
    place: (string | number)[] = path,
  ) => {
    if (id !== null && !known.has(id))
      report(path, `${what[kind]} med id «${id}» finnes ikke.`, place);
  };
  const checkRefs = (
    ids: string[],
    known: Set<string>,
    kind: keyof typeof what,
    path: (string | number)[],
  ) => ids.forEach((id, i) => checkRef(id, known, kind, [...path, i], path));
  const partySets: Record<PartyRef['kind'], [Set<string>, keyof typeof what]> = {
    person: [personIds, 'person'],
    body: [bodyIds, 'body'],
    partner: [partnerIds, 'partner'],
  };
  const checkParty = (ref: PartyRef | null, path: (string | number)[]) => {
    if (ref)
      checkRef(ref.id, partySets[ref.kind][0], partySets[ref.kind][1], [...path, 'id'], path);
  };
  const checkFinancing = (
    financing: Plan['budget']['programmeManagement']['financing'],
    path: (string | number)[],
  ) => {
    if (financing.mode === 'percent') {
      financing.split.forEach((s, i) =>
        checkRef(s.sourceId, sourceIds, 'source', [...path, 'split', i, 'sourceId']),
      );
    } else if (financing.mode === 'amount') {
      financing.amounts.forEach((a, i) =>
        checkRef(a.sourceId, sourceIds, 'source', [...path, 'amounts', i, 'sourceId']),
      );
    }
  };

  if (plan.info.periodEnd < plan.info.periodStart) {
    report(
      ['info', 'periodEnd'],
      `perioden slutter (${plan.info.periodEnd}) før den begynner (${plan.info.periodStart}).`,
      ['info'],
    );
  }
  checkParty(plan.info.programmeLeader, ['info', 'programmeLeader']);
  checkParty(plan.info.owner, ['info', 'owner']);

  plan.mainGoals.forEach((g, i) => {
    checkRef(g.focusAreaId, focusAreaIds, 'focusArea', ['mainGoals', i, 'focusAreaId']);
    g.subGoals.forEach((sub, j) =>
      checkRef(sub.focusAreaId, focusAreaIds, 'focusArea', [
        'mainGoals',
        i,
        'subGoals',
        j,
        'focusAreaId',
      ]),
    );
  });
  plan.strategies.forEach((s, i) =>
    checkRefs(s.goalIds, goalIds, 'goal', ['strategies', i, 'goalIds']),
  );
  plan.focusAreas.forEach((f, i) => {
    checkRefs(f.strategyIds, strategyIds, 'strategy', ['focusAreas', i, 'strategyIds']);
    checkFinancing(f.budget.financing, ['focusAreas', i, 'budget', 'financing']);
    f.spent.forEach((s, j) =>
      checkRef(s.sourceId, sourceIds, 'source', ['focusAreas', i, 'spent', j, 'sourceId']),
    );
  });

  plan.measures.forEach((m, i) => {
    const at = ['measures', i];
    checkRef(m.focusAreaId, focusAreaIds, 'focusArea', [...at, 'focusAreaId']);
    checkParty(m.owner, [...at, 'owner']);
    checkRefs(m.partnerIds, partnerIds, 'partner', [...at, 'partnerIds']);
    checkRefs(m.targetGroupIds, targetGroupIds, 'targetGroup', [...at, 'targetGroupIds']);
    checkRefs(m.strategyIds, strategyIds, 'strategy', [...at, 'strategyIds']);
    checkRefs(m.goalIds, goalIds, 'goal', [...at, 'goalIds']);
    checkFinancing(m.budget.financing, [...at, 'budget', 'financing']);
    if (m.startDate && m.endDate && endsBeforeStart(m.startDate, m.endDate)) {
      report(
        [...at, 'endDate'],
        `slutt ${formatPartialDate(m.endDate)} er før start ${formatPartialDate(m.startDate)}.`,
        at,
      );
    }
  });

  plan.partners.forEach((p, i) =>
    checkRef(p.contactPersonId, personIds, 'person', ['partners', i, 'contactPersonId']),
  );

  plan.organisation.forEach((body, i) => {
    const at = ['organisation', i];
    checkRef(body.parentId, bodyIds, 'body', [...at, 'parentId']);
    checkRefs(body.advisesIds, bodyIds, 'body', [...at, 'advisesIds']);
    body.members.forEach((member, j) =>
      checkRef(member.personId, personIds, 'person', [...at, 'members', j, 'personId']),
    );
  });
  const cycle = findReportingCycle(plan.organisation);
  if (cycle) {
    const index = plan.organisation.findIndex((b) => b.id === cycle[0]);
    const names = cycle.map((id) => plan.organisation.find((b) => b.id === id)?.name || id);
    report(
      ['organisation', index, 'parentId'],
      `rapporteringslinjene går i ring (${names.join(' → ')}).`,
      ['organisation', index],
    );
  }

  plan.budget.defaultSplit.forEach((s, i) =>
    checkRef(s.sourceId, sourceIds, 'source', ['budget', 'defaultSplit', i, 'sourceId']),
  );
  checkFinancing(plan.budget.programmeManagement.financing, [
    'budget',
    'programmeManagement',
    'financing',
  ]);
  plan.risks.forEach((r, i) => {
    checkParty(r.owner, ['risks', i, 'owner']);
    checkRefs(r.measureIds, measureIds, 'measure', ['risks', i, 'measureIds']);
  });
  // A report keeps a snapshot of each measure, so it may name measures deleted since; but one
  // report lists a measure once.
  plan.statusReports.forEach((r, i) => {
    const seen = new Set<string>();
    r.entries.forEach((e, j) => {
      if (seen.has(e.measureId)) {
        report(
          ['statusReports', i, 'entries', j, 'measureId'],
          'tiltaket står to ganger i rapporten.',
        );
      }
      seen.add(e.measureId);
    });
  });
  plan.measures.forEach((m, i) =>
    m.spent.forEach((s, j) =>
      checkRef(s.sourceId, sourceIds, 'source', ['measures', i, 'spent', j, 'sourceId']),
    ),
  );
  plan.budget.programmeManagementSpent.forEach((s, j) =>
    checkRef(s.sourceId, sourceIds, 'source', [
      'budget',
      'programmeManagementSpent',
      j,
      'sourceId',
    ]),
  );
  plan.needFigures.forEach((f, i) => registerId(f.id, ['needFigures', i]));
  plan.mainGoals.forEach((main, i) =>
    main.subGoals.forEach((sub, j) =>
      sub.resultGoals.forEach((result, k) =>
        result.indicator?.measurements.forEach((m, n) =>
          registerId(m.id, [
            'mainGoals',
            i,
            'subGoals',
            j,
            'resultGoals',
            k,
            'indicator',
            'measurements',
            n,
          ]),
        ),
      ),
    ),
  );
  plan.workshops.forEach((w, i) => {
    checkRef(w.focusAreaId, focusAreaIds, 'focusArea', ['workshops', i, 'focusAreaId']);
    w.cards.forEach((c, j) => {
      const at = ['workshops', i, 'cards', j];
      checkRef(c.focusAreaId, focusAreaIds, 'focusArea', [...at, 'focusAreaId']);
      checkParty(c.owner, [...at, 'owner']);
      checkRefs(c.targetGroupIds, targetGroupIds, 'targetGroup', [...at, 'targetGroupIds']);
      checkRef(c.measureId, measureIds, 'measure', [...at, 'measureId']);
    });
  });

  return problems;
}

/** Returns the ids of one reporting-line cycle, starting and ending with the same body, if any. */
export function findReportingCycle(
  bodies: { id: string; parentId: string | null }[],
): string[] | null {
  const parentOf = new Map(bodies.map((b) => [b.id, b.parentId]));
  for (const body of bodies) {
    const path: string[] = [];
    let current: string | null | undefined = body.id;
    while (current && !path.includes(current)) {
      path.push(current);
      current = parentOf.get(current);
    }
    if (current && current === body.id) return [...path, current];
  }
  return null;
}
