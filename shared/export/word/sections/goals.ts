import type { FileChild } from 'docx';
import { isMeasurable } from '../../../checks/quality-checks';
import { formatNumber } from '../../../format/numbers';
import type { Indicator, MainGoal } from '../../../model/goals';
import { nationalFrameLabels } from '../../../model/plan-info';
import type { WordContext } from '../word-context';
import { TEXT_WIDTH, part, type WordPart } from '../word-page';
import { planTable, widths, type RowSpec } from '../word-tables';
import { STYLE } from '../word-theme';
import { heading, labelled, note, paragraph } from '../word-text';
import { goalStructureFigure } from './figures';

/** What the document says where a result goal has no measurable indicator. */
export const MISSING_INDICATOR = 'Mangler målbar indikator';

const point = (p: Indicator['baseline']) =>
  p ? `${formatNumber(p.value)} (${p.year})` : 'Ikke oppgitt';

function resultGoalRows(ctx: WordContext, goal: MainGoal): RowSpec[] {
  // A sub-goal without result goals has no row: the readiness list names it, the table does not.
  return goal.subGoals.flatMap((sub) => {
    const subNumber = ctx.goals.get(sub.id)?.number ?? '';
    const group: RowSpec = { kind: 'group', text: `Delmål ${subNumber} ${sub.title}`.trim() };
    if (sub.resultGoals.length === 0) return [];
    return [
      group,
      ...sub.resultGoals.map((result): RowSpec => {
        const number = ctx.goals.get(result.id)?.number ?? '';
        const indicator = result.indicator;
        if (!indicator || !isMeasurable(indicator)) {
          const partial = indicator?.name.trim()
            ? ` (${indicator.name.trim()} har ingen målverdi)`
            : '';
          return {
            cells: [
              number,
              result.title,
              { content: MISSING_INDICATOR + partial, span: 4, gap: true },
            ],
          };
        }
        return {
          cells: [
            number,
            result.title,
            indicator.name,
            indicator.unit,
            point(indicator.baseline),
            point(indicator.target),
          ],
        };
      }),
    ];
  });
}

function resultGoalTable(ctx: WordContext, goal: MainGoal) {
  const rows = resultGoalRows(ctx, goal);
  const [nr, title, name, unit, baseline, target] = widths(
    TEXT_WIDTH.portrait,
    [0.7, 2.7, 2.5, 1.1, 1.8, 1.6],
  );
  return planTable(
    [
      { title: 'Nr.', width: nr! },
      { title: 'Resultatmål', width: title! },
      { title: 'Indikator', width: name! },
      { title: 'Enhet', width: unit! },
      { title: 'Utgangsverdi (år)', width: baseline!, numeric: true },
      { title: 'Målverdi (år)', width: target!, numeric: true },
    ],
    rows,
    // A short table stays on one page with its caption; a long one may break between rows.
    { keepTogether: rows.length <= 12 },
  );
}

function mainGoalBlock(ctx: WordContext, goal: MainGoal) {
  const number = ctx.goals.get(goal.id)?.number ?? '';
  const area = goal.focusAreaId ? ctx.focusAreas.get(goal.focusAreaId) : undefined;
  const children = [heading(2, `Hovedmål ${number}: ${goal.title}`.trim())];
  const meta = [
    `Gjelder ${area ? `satsningsområde ${`${area.code} ${area.title}`.trim()}` : 'hele planen'}`,
    ...(goal.nationalGoal.trim() ? [`Nasjonalt mål: ${goal.nationalGoal.trim()}`] : []),
  ];
  children.push(paragraph(meta.join(' · '), STYLE.meta));
  if (goal.description.trim()) children.push(paragraph(goal.description.trim()));
  for (const sub of goal.subGoals) {
    const subNumber = ctx.goals.get(sub.id)?.number ?? '';
    children.push(heading(3, `Delmål ${subNumber}: ${sub.title}`.trim()));
    // A sub-goal of a focus area says so: its number («1.2») is the area's, not the main goal's.
    const subArea = sub.focusAreaId ? ctx.focusAreas.get(sub.focusAreaId) : undefined;
    if (subArea && sub.focusAreaId !== goal.focusAreaId)
      children.push(
        paragraph(`Satsningsområde ${`${subArea.code} ${subArea.title}`.trim()}`, STYLE.meta),
      );
    if (sub.description.trim()) children.push(paragraph(sub.description.trim()));
  }
  if (goal.subGoals.every((sub) => sub.resultGoals.length === 0)) return children;
  children.push(paragraph(`Resultatmål og indikatorer for hovedmål ${number}`, STYLE.caption));
  return [...children, resultGoalTable(ctx, goal)];
}

/** Vision, then each main goal with its sub-goals and a table of result goals and indicators. */
export function goalsPart(ctx: WordContext): WordPart {
  const { plan } = ctx;
  const children: FileChild[] = [heading(1, 'Visjon og mål'), heading(2, 'Visjon')];
  if (plan.vision.text.trim()) {
    children.push(paragraph(plan.vision.text.trim(), STYLE.quote));
    if (plan.vision.rationale.trim()) children.push(paragraph(plan.vision.rationale.trim()));
  } else {
    children.push(note('Visjonen er ikke formulert ennå.'));
  }
  if (plan.info.nationalFrame !== 'ingen')
    children.push(labelled('Nasjonal ramme', nationalFrameLabels[plan.info.nationalFrame]));
  children.push(...goalStructureFigure(ctx));
  if (plan.mainGoals.length === 0) {
    children.push(heading(2, 'Mål'), note('Planen har ingen mål ennå.'));
    return part('portrait', children);
  }
  return part('portrait', [...children, ...plan.mainGoals.flatMap((g) => mainGoalBlock(ctx, g))]);
}
