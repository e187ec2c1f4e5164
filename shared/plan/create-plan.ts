import type { Plan } from '../model/plan';
import { CURRENT_SCHEMA_VERSION } from '../model/plan';
import { newId } from './new-id';
import { shiftPlanYears } from './shift-years';

/**
 * The four financing sources every programme starts with (docs/glossary.md, "Budget and
 * financing").
 */
export function defaultFinancingSources(): Plan['budget']['sources'] {
  return [
    { id: newId(), name: 'Tilskudd fra Husbanken', kind: 'husbanken' },
    { id: newId(), name: 'Kommunal egenandel', kind: 'kommunal' },
    { id: newId(), name: 'Andre tilskudd', kind: 'andre' },
    { id: newId(), name: 'Overførte midler fra året før', kind: 'overfort' },
  ];
}

/** An empty plan starting this year, for code and tests (the "Tom plan" template is data in templates/). */
export function createEmptyPlan(now: Date = new Date()): Plan {
  const year = now.getFullYear();
  const sources = defaultFinancingSources();
  const timestamp = now.toISOString();
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: newId(),
    info: {
      title: 'Boligsosial handlingsplan',
      municipality: '',
      district: '',
      periodStart: year,
      periodEnd: year + 3,
      version: '0.1',
      status: 'utkast',
      consultationDeadline: null,
      adoptedDate: null,
      adoptedBy: '',
      caseNumber: '',
      programmeLeader: null,
      owner: null,
      nationalFrame: 'ingen',
      proposedDecision: '',
      logo: null,
      sharedProjectsNumberedApart: false,
      history: [],
      createdAt: timestamp,
      updatedAt: timestamp,
    },
    vision: { text: '', rationale: '' },
    mainGoals: [],
    strategies: [],
    focusAreas: [],
    measures: [],
    targetGroups: [],
    people: [],
    partners: [],
    organisation: [],
    budget: {
      sources,
      defaultSplit: [
        { sourceId: sources[0]!.id, percent: 50 },
        { sourceId: sources[1]!.id, percent: 50 },
      ],
      programmeManagement: { costs: [], financing: { mode: 'default' } },
      programmeManagementSpent: [],
      frame: [],
    },
    chapters: [],
    risks: [],
    statusReports: [],
    needFigures: [],
    finalReport: null,
    workshops: [],
  };
}

/**
 * A new plan from a template: a fresh plan id and timestamps, the template's content as is
 * (its entity ids are unique within the plan, which is all ids need to be). A template whose
 * period has already begun is moved forward so the new plan starts this year.
 */
export function instantiateTemplate(template: Plan, title: string, now: Date = new Date()): Plan {
  const timestamp = now.toISOString();
  const delta = Math.max(0, now.getFullYear() - template.info.periodStart);
  const copy = shiftPlanYears(structuredClone(template), delta);
  return {
    ...copy,
    id: newId(),
    info: {
      ...copy.info,
      title: title.trim() || copy.info.title,
      status: 'utkast',
      history: [],
      createdAt: timestamp,
      updatedAt: timestamp,
    },
  };
}
