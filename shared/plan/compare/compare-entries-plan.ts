import { formatNumber } from '../../format/numbers';
import type { Indicator } from '../../model/goals';
import { nationalFrameLabels, planStatusLabels } from '../../model/plan-info';
import type { CompareEntry, EntryField, PartEntries } from './compare-engine';
import { field, partyKey } from './compare-field';
import { dateWords, quotedTitle, yesNo, type PlanNames } from './compare-names';

// The items of «Om planen» and «Visjon og mål» in words.

/** The plan's own facts, one item ('' as id: the plan itself). Bookkeeping times never count. */
export function infoEntries({ plan, party }: PlanNames): PartEntries {
  const i = plan.info;
  const logo = i.logo;
  const history = i.history
    .map((h) => `${planStatusLabels[h.status]} ${dateWords(h.date)}${h.note ? ` (${h.note})` : ''}`)
    .join('; ');
  return {
    ordered: false,
    entries: [
      {
        id: '',
        source: i,
        ref: 'Om planen',
        label: 'Om planen',
        fields: () => [
          field('title', i.title),
          field('municipality', i.municipality),
          field('district', i.district),
          field('periodStart', String(i.periodStart)),
          field('periodEnd', String(i.periodEnd)),
          field('version', i.version),
          field('status', planStatusLabels[i.status]),
          field('consultationDeadline', dateWords(i.consultationDeadline)),
          field('adoptedDate', dateWords(i.adoptedDate)),
          field('adoptedBy', i.adoptedBy),
          field('caseNumber', i.caseNumber),
          field('programmeLeader', party(i.programmeLeader), {
            same: partyKey(i.programmeLeader),
          }),
          field('owner', party(i.owner), { label: 'programansvarlig', same: partyKey(i.owner) }),
          field('nationalFrame', nationalFrameLabels[i.nationalFrame]),
          field('proposedDecision', i.proposedDecision, { long: true }),
          field('logo', logo ? logo.alt.trim() || 'logo' : '', {
            same: logo ? `${logo.mimeType}:${logo.data}` : '',
          }),
          field('sharedProjectsNumberedApart', yesNo(i.sharedProjectsNumberedApart)),
          field('history', history, { label: 'planens historikk' }),
        ],
      },
    ],
  };
}

const point = (p: { value: number; year: number } | null, unit: string) =>
  p ? `${formatNumber(p.value)}${unit.trim() ? ` ${unit.trim()}` : ''} (${p.year})` : '';

function indicatorFields(indicator: Indicator | null): EntryField[] {
  const unit = indicator?.unit ?? '';
  const measured = [...(indicator?.measurements ?? [])]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((m) => `${formatNumber(m.value)} (${dateWords(m.date)})${m.note ? ` ${m.note}` : ''}`)
    .join('; ');
  return [
    field('indicator.name', indicator?.name ?? '', { label: 'indikator' }),
    field('indicator.unit', unit),
    field('indicator.baseline', point(indicator?.baseline ?? null, unit)),
    field('indicator.target', point(indicator?.target ?? null, unit)),
    field('indicator.measurements', measured, { label: 'målinger' }),
  ];
}

/** The vision ('' as id), then each main goal with its sub-goals and their result goals. */
export function goalEntries(names: PlanNames): PartEntries {
  const { plan, goal, area } = names;
  const entries: CompareEntry[] = [
    {
      id: '',
      source: plan.vision,
      ref: 'Visjon',
      label: 'Visjon',
      fields: () => [
        field('vision.text', plan.vision.text, { label: 'visjon', long: true }),
        field('vision.rationale', plan.vision.rationale, { long: true }),
      ],
    },
  ];
  const areaOrWhole = (id: string | null) => area(id) || 'hele planen';
  for (const main of plan.mainGoals) {
    const mainRef = goal(main.id);
    entries.push({
      id: main.id,
      source: main,
      ref: mainRef,
      label: `${mainRef}${quotedTitle(main.title)}`,
      parent: null,
      // Main goals share one list with the vision's slot apart: order counts among them only.
      siblings: 'main',
      parentLabel: '',
      fields: () => [
        field('title', main.title),
        field('description', main.description, { long: true }),
        field('focusAreaId', areaOrWhole(main.focusAreaId), { same: main.focusAreaId ?? '' }),
        field('nationalGoal', main.nationalGoal),
      ],
    });
    for (const sub of main.subGoals) {
      const subRef = goal(sub.id);
      entries.push({
        id: sub.id,
        source: sub,
        ref: subRef,
        label: `${subRef}${quotedTitle(sub.title)}`,
        parent: main.id,
        parentLabel: mainRef,
        fields: () => [
          field('title', sub.title),
          field('description', sub.description, { long: true }),
          field('focusAreaId', areaOrWhole(sub.focusAreaId), { same: sub.focusAreaId ?? '' }),
        ],
      });
      for (const result of sub.resultGoals) {
        const resultRef = goal(result.id);
        entries.push({
          id: result.id,
          source: result,
          ref: resultRef,
          label: `${resultRef}${quotedTitle(result.title)}`,
          parent: sub.id,
          parentLabel: subRef,
          fields: () => [field('title', result.title), ...indicatorFields(result.indicator)],
        });
      }
    }
  }
  return { ordered: true, entries };
}
