import type { Plan } from '../../model/plan';
import { planParts, type PlanPart } from '../../model/plan-history';
import { addCounts, comparePart, type PartEntries } from './compare-engine';
import { budgetEntries } from './compare-entries-budget';
import { followUpEntries, workshopEntries } from './compare-entries-follow-up';
import {
  focusAreaEntries,
  measureEntries,
  strategyEntries,
  targetGroupEntries,
} from './compare-entries-measures';
import { organisationEntries, peopleEntries } from './compare-entries-people';
import { goalEntries, infoEntries } from './compare-entries-plan';
import { chapterEntries, riskEntries } from './compare-entries-texts';
import { planNames, type PlanNames } from './compare-names';
import type { PlanComparison } from './plan-comparison';

// Two plans compared part by part, items matched by their stable ids (see compare-engine.ts).
// Each item is named as the plan it is read from names it: a removed item by the older plan,
// everything else by the newer one.

/** Each part's items in words; `other` is the plan compared with, for parts that skip what is shared. */
const entriesOf: Record<PlanPart, (names: PlanNames, other: PlanNames) => PartEntries> = {
  info: infoEntries,
  goals: goalEntries,
  strategies: strategyEntries,
  targetGroups: targetGroupEntries,
  focusAreas: focusAreaEntries,
  measures: measureEntries,
  budget: budgetEntries,
  organisation: organisationEntries,
  people: peopleEntries,
  chapters: chapterEntries,
  risks: riskEntries,
  followUp: followUpEntries,
  workshops: workshopEntries,
};

export function comparePlans(before: Plan, after: Plan): PlanComparison {
  const [old, now] = [planNames(before), planNames(after)];
  const parts = planParts.map((part) =>
    comparePart(part, entriesOf[part](old, now), entriesOf[part](now, old)),
  );
  return { parts, total: addCounts(parts) };
}
