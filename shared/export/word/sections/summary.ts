import type { FileChild } from 'docx';
import { balanceOf } from '../../../budget/financing';
import { municipalShareByYear, type YearShare } from '../../../budget/municipal-share';
import { formatKroner, formatNumber, formatPercent } from '../../../format/numbers';
import type { Measure } from '../../../model/measures';
import type { WordContext } from '../word-context';
import { TEXT_WIDTH, part, type WordPart } from '../word-page';
import { columnTable, type ColumnSpec } from '../word-tables';
import { heading, labelled, lead, paragraph } from '../word-text';
import { STYLE } from '../word-theme';
import { measureDisplayCode } from '../../../plan/measure-groups';
import { planPeriod, planPlace, withoutRole } from './cover';

const count = (n: number, one: string, many: string) =>
  `${formatNumber(n)} ${n === 1 ? one : many}`;

/** A share of a total as a percentage with one decimal at most: 70 %, 33,3 %. */
export function shareOf(part: number, total: number): string {
  return formatPercent(total === 0 ? 0 : Math.round((part * 1000) / total) / 10);
}

/** The proposed decision as the user wrote it, one paragraph per line; nothing when empty. */
function proposedDecision(ctx: WordContext): FileChild[] {
  const lines = ctx.plan.info.proposedDecision
    .split(/\n+/)
    .map((l) => l.trim())
    .filter(Boolean);
  if (lines.length === 0) return [];
  return [heading(2, 'Forslag til vedtak'), ...lines.map((l) => paragraph(l))];
}

/** The vision and the main goals, numbered as in Visjon og mål. */
function visionAndGoals(ctx: WordContext): FileChild[] {
  const { plan } = ctx;
  const vision = plan.vision.text.trim();
  const goals = plan.mainGoals.filter((g) => g.title.trim());
  if (!vision && goals.length === 0) return [];
  return [
    heading(2, goals.length > 0 ? 'Visjon og hovedmål' : 'Visjon'),
    ...(vision ? [paragraph(`«${vision}»`, STYLE.quote)] : []),
    ...goals.map((goal) =>
      labelled(`Hovedmål ${ctx.goals.get(goal.id)?.number ?? ''}`.trim(), goal.title.trim()),
    ),
  ];
}

const shareColumns = (shares: YearShare[], sum: YearShare): ColumnSpec<YearShare>[] => {
  const columns: ColumnSpec<YearShare>[] = [
    { title: 'År', weight: 1, cell: (s) => String(s.year) },
    {
      title: 'Samlet kostnad',
      weight: 2,
      numeric: true,
      cell: (s) => formatKroner(s.cost),
      sum: () => formatKroner(sum.cost),
    },
    {
      title: 'Kommunens egenandel',
      weight: 2,
      numeric: true,
      cell: (s) => formatKroner(s.municipal),
      sum: () => formatKroner(sum.municipal),
    },
    {
      title: 'Tilskudd fra Husbanken',
      weight: 2,
      numeric: true,
      cell: (s) => formatKroner(s.husbanken),
      sum: () => formatKroner(sum.husbanken),
    },
  ];
  // Other grants only when the plan has any, so the common case stays a four-column table.
  if (shares.some((s) => s.other !== 0))
    columns.push({
      title: 'Andre kilder',
      weight: 2,
      numeric: true,
      cell: (s) => formatKroner(s.other),
      sum: () => formatKroner(sum.other),
    });
  return columns;
};

/** What the plan costs and what it means for the municipality's budget, per year. */
function money(ctx: WordContext): FileChild[] {
  const { years, sum } = municipalShareByYear(ctx.plan);
  if (sum.cost === 0 && sum.financed === 0) return [];
  const children: FileChild[] = [
    heading(2, 'Kostnad og kommunens andel'),
    lead(
      `Samlet kostnad for ${planPeriod(ctx)} er ${formatKroner(sum.cost)}, medregnet programledelse. ` +
        `Kommunens egenandel er ${formatKroner(sum.municipal)} (${shareOf(sum.municipal, sum.cost)} av kostnaden), ` +
        `og Husbanken gir ${formatKroner(sum.husbanken)} i tilskudd.`,
    ),
    columnTable(TEXT_WIDTH.portrait, shareColumns(years, sum), years, {
      sumLabel: 'Sum',
      keepTogether: true,
    }),
  ];
  const balance = balanceOf(sum.cost, sum.financed);
  if (balance.state === 'underfinansiert')
    children.push(
      paragraph(
        `Finansieringen dekker ikke hele kostnaden: ${formatKroner(-balance.difference)} er ikke finansiert.`,
        STYLE.tableNote,
      ),
    );
  else if (balance.state === 'overfinansiert')
    children.push(
      paragraph(
        `Finansieringen er ${formatKroner(balance.difference)} mer enn kostnaden.`,
        STYLE.tableNote,
      ),
    );
  return children;
}

/** The measures the group marked as most important, in the order of the activity tables. */
export function priorityMeasures(ctx: WordContext): Measure[] {
  return ctx.plan.focusAreas.flatMap((area) =>
    (ctx.measuresByArea.get(area.id) ?? []).filter((m) => m.priority),
  );
}

function priorities(ctx: WordContext): FileChild[] {
  const measures = priorityMeasures(ctx);
  if (measures.length === 0) return [];
  const owner = (m: Measure) => ctx.partyName(m.owner) || '–';
  return [
    heading(2, 'De viktigste tiltakene'),
    lead('Arbeidsgruppen har pekt ut disse tiltakene som de viktigste i planperioden:'),
    columnTable(
      TEXT_WIDTH.portrait,
      [
        // No «Felles prosjekter» heading here: a repeated code reads «Felles 1A».
        { title: 'Kode', weight: 0.9, cell: (m: Measure) => measureDisplayCode(ctx.plan, m) },
        { title: 'Tiltak', weight: 5, cell: (m: Measure) => m.title },
        { title: 'Ansvarlig', weight: 3.2, cell: owner },
      ],
      measures,
    ),
  ];
}

/** Who answers for the programme, first: the owner (programansvarlig) and the programme leader. */
function responsibility(ctx: WordContext): FileChild[] {
  const { info } = ctx.plan;
  const owner = withoutRole(ctx.partyName(info.owner), 'Programansvarlig');
  const leader = withoutRole(ctx.partyName(info.programmeLeader), 'Programleder');
  if (!owner && !leader) return [];
  return [
    ...(owner ? [labelled('Programansvarlig', owner)] : []),
    ...(leader ? [labelled('Programleder', leader)] : []),
  ];
}

/** The plan in figures, in one sentence, after what a politician needs first. */
function inFigures(ctx: WordContext): FileChild[] {
  const { plan } = ctx;
  const subGoals = plan.mainGoals.flatMap((g) => g.subGoals);
  const resultGoals = subGoals.flatMap((g) => g.resultGoals);
  const parts = [
    plan.mainGoals.length > 0 &&
      `${count(plan.mainGoals.length, 'hovedmål', 'hovedmål')}, ${count(subGoals.length, 'delmål', 'delmål')} og ${count(resultGoals.length, 'resultatmål', 'resultatmål')}`,
    plan.focusAreas.length > 0 &&
      `${count(plan.focusAreas.length, 'satsningsområde', 'satsningsområder')} med til sammen ${count(plan.measures.length, 'tiltak', 'tiltak')}`,
  ].filter((p): p is string => typeof p === 'string');
  if (parts.length === 0) return [];
  return [paragraph(`Planen har ${parts.join(', og ')}.`)];
}

/**
 * The political summary, first in the document: what the politicians are asked to decide, the
 * vision and main goals, what the plan costs the municipality each year, the measures the group
 * holds most important and who is responsible. A part the plan has nothing for is left out, so
 * the summary never fills a page with words about what is missing.
 */
export function summaryPart(ctx: WordContext): WordPart {
  const place = planPlace(ctx);
  const title = ctx.plan.info.title.trim() || 'Handlingsplanen';
  return part('portrait', [
    heading(1, 'Sammendrag'),
    paragraph(
      `${title} gjelder ${place && !title.includes(ctx.plan.info.district.trim() || place) ? `for ${place} ` : ''}` +
        `i perioden ${planPeriod(ctx)}.`,
    ),
    ...responsibility(ctx),
    ...proposedDecision(ctx),
    ...visionAndGoals(ctx),
    ...priorities(ctx),
    ...money(ctx),
    ...inFigures(ctx),
  ]);
}
