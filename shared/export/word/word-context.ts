import { cleanTextDeep } from '../../model/clean-text';
import type { Measure } from '../../model/measures';
import type { OrgBody } from '../../model/organisation';
import type { Partner, Person } from '../../model/people';
import { partyNamer } from '../../model/party-name';
import type { Plan } from '../../model/plan';
import type { PartyRef } from '../../model/primitives';
import type { FocusArea, Strategy } from '../../model/strategies';
import { programmeYears } from '../../budget/budget-tables';
import { planForDocument } from '../../plan/document-plan';
import { listGoals, measuresInAppOrder, type GoalEntry } from '../../plan/traceability';
import type { WordExportAssets, WordExportOptions, WordSectionId } from './word-export-options';

/**
 * What every section builder needs: the plan, the chosen sections and lookups by id, built once
 * so a plan with hundreds of measures is not searched again for every row.
 */
export interface WordContext {
  plan: Plan;
  options: WordExportOptions;
  assets: WordExportAssets;
  includes: (section: WordSectionId) => boolean;
  /** The programme period, one entry per year. */
  years: number[];
  people: Map<string, Person>;
  partners: Map<string, Partner>;
  bodies: Map<string, OrgBody>;
  strategies: Map<string, Strategy>;
  focusAreas: Map<string, FocusArea>;
  goals: Map<string, GoalEntry>;
  /** Measures per focus area, in the order the app lists them (not sorted by code). */
  measuresByArea: Map<string, Measure[]>;
  /** See party-name.ts: '' only when no one is set. */
  partyName: (ref: PartyRef | null) => string;
  /** A fresh list instance, so each numbered list starts at 1. */
  nextListInstance: () => number;
}

export function createWordContext(
  uncleanPlan: Plan,
  options: WordExportOptions,
  assets: WordExportAssets,
): WordContext {
  // The plan is clean when it comes from a file or the window; this guards every other caller.
  // Guidance and example content never reach the document (document-plan.ts).
  const plan = planForDocument(cleanTextDeep(uncleanPlan));
  const selected = new Set(options.sections);
  const byId = <T extends { id: string }>(items: T[]) => new Map(items.map((i) => [i.id, i]));
  const people = byId(plan.people);
  const partners = byId(plan.partners);
  const bodies = byId(plan.organisation);
  const measuresByArea = new Map<string, Measure[]>();
  for (const m of measuresInAppOrder(plan)) {
    const list = measuresByArea.get(m.focusAreaId) ?? [];
    list.push(m);
    measuresByArea.set(m.focusAreaId, list);
  }
  let listInstance = 0;
  return {
    plan,
    options,
    assets,
    includes: (section) => selected.has(section),
    years: programmeYears(plan),
    people,
    partners,
    bodies,
    strategies: byId(plan.strategies),
    focusAreas: byId(plan.focusAreas),
    goals: new Map(listGoals(plan).map((g) => [g.id, g])),
    measuresByArea,
    partyName: partyNamer(plan),
    nextListInstance: () => ++listInstance,
  };
}
