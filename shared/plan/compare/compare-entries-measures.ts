import { formatPartialDate } from '../../format/partial-date';
import { formatPercent } from '../../format/numbers';
import { measureStatusLabel } from '../../model/measures';
import { targetGroupName } from '../../model/strategies';
import { measureGroupOf } from '../measure-groups';
import type { PartEntries } from './compare-engine';
import { field, idsOf, partyKey } from './compare-field';
import { names, quotedTitle, yesNo, type PlanNames } from './compare-names';

// Strategies, target groups, focus areas and measures in words. Money is told in the budget
// part (per line and year) and spending in the follow-up part, so one edit is one change.

export function strategyEntries(n: PlanNames): PartEntries {
  return {
    ordered: true,
    entries: n.plan.strategies.map((s) => {
      const ref = n.strategy(s.id) || 'Strategi';
      return {
        id: s.id,
        source: s,
        ref,
        label: `${ref}${quotedTitle(s.title)}`,
        fields: () => [
          field('code', s.code),
          field('title', s.title),
          field('description', s.description, { long: true }),
          field('goalIds', names(s.goalIds, n.goal), { same: idsOf(s.goalIds) }),
        ],
      };
    }),
  };
}

export function targetGroupEntries(n: PlanNames): PartEntries {
  return {
    ordered: true,
    entries: n.plan.targetGroups.map((g) => ({
      id: g.id,
      source: g,
      ref: g.name.trim() ? `Målgruppen «${g.name.trim()}»` : targetGroupName(g),
      label: g.name.trim() ? `Målgruppen «${g.name.trim()}»` : targetGroupName(g),
      fields: () => [field('name', g.name), field('description', g.description, { long: true })],
    })),
  };
}

export function focusAreaEntries(n: PlanNames): PartEntries {
  return {
    ordered: true,
    entries: n.plan.focusAreas.map((a) => {
      const ref = n.area(a.id);
      return {
        id: a.id,
        source: a,
        ref,
        label: `${ref}${quotedTitle(a.title)}`,
        fields: () => [
          field('code', a.code),
          field('title', a.title),
          field('description', a.description, { long: true }),
          field('strategyIds', names(a.strategyIds, n.strategy), { same: idsOf(a.strategyIds) }),
        ],
      };
    }),
  };
}

export function measureEntries(n: PlanNames): PartEntries {
  return {
    ordered: true,
    entries: n.plan.measures.map((m) => {
      const ref = n.measure(m.id);
      const shared = m.sharedProject;
      return {
        id: m.id,
        source: m,
        ref,
        label: `${ref}${quotedTitle(m.title)}`,
        parent: m.focusAreaId,
        parentLabel: n.area(m.focusAreaId) || 'et satsningsområde som er slettet',
        // Order counts within the area's local measures and within its shared projects.
        siblings: `${m.focusAreaId}:${measureGroupOf(m)}`,
        // A measure moved to another area gets the next code there: part of the move.
        placementFields: ['code'],
        fields: () => [
          field('code', m.code),
          field('title', m.title),
          field('description', m.description, { long: true }),
          field('expectedResult', m.expectedResult, { long: true }),
          field('owner', n.party(m.owner), { same: partyKey(m.owner) }),
          field('partnerIds', names(m.partnerIds, n.partner), { same: idsOf(m.partnerIds) }),
          field('targetGroupIds', names(m.targetGroupIds, n.targetGroup), {
            same: idsOf(m.targetGroupIds),
          }),
          field('strategyIds', names(m.strategyIds, n.strategy), { same: idsOf(m.strategyIds) }),
          field('goalIds', names(m.goalIds, n.goal), { same: idsOf(m.goalIds) }),
          field('startDate', formatPartialDate(m.startDate), { label: 'startdato' }),
          field('endDate', formatPartialDate(m.endDate), { label: 'sluttdato' }),
          field('status', measureStatusLabel(m.status)),
          field('progress', formatPercent(m.progress)),
          field('challenges', m.challenges, { long: true }),
          field('correctiveAction', m.correctiveAction, { long: true }),
          field('sharedProject', yesNo(shared !== null)),
          field('sharedProject.responsible', shared?.responsible ?? '', {
            label: 'ansvarlig for det felles prosjektet',
          }),
          field('sharedProject.participants', shared?.participants ?? '', {
            label: 'deltakere i det felles prosjektet',
          }),
          field('sharedProject.ledByOther', yesNo(shared?.ledByOther === true), {
            label: 'ledes og finansieres av annen bydel',
          }),
          field('priority', yesNo(m.priority)),
        ],
      };
    }),
  };
}
