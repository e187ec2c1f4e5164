import { goalName } from '../../../plan/traceability';
import type { WordContext } from '../word-context';
import { part, type WordPart } from '../word-page';
import { STYLE } from '../word-theme';
import { bullet, heading, note, paragraph } from '../word-text';
import { listInWords } from '../../../plan/budget-operations';

/** "Strategi 1: KUNNSKAP". */
export function strategyName(strategy: { code: string; title: string }): string {
  const code = strategy.code.trim();
  return code ? `Strategi ${code}: ${strategy.title}` : `Strategi: ${strategy.title}`;
}

/** Each strategy with what it is, the goals it serves and where it is used. */
export function strategiesPart(ctx: WordContext): WordPart {
  const { plan } = ctx;
  const children = [heading(1, 'Strategier')];
  if (plan.strategies.length === 0) {
    children.push(note('Planen har ingen strategier ennå.'));
    return part('portrait', children);
  }
  const measureCount = new Map<string, number>();
  for (const m of plan.measures)
    for (const id of m.strategyIds) measureCount.set(id, (measureCount.get(id) ?? 0) + 1);
  for (const strategy of plan.strategies) {
    children.push(heading(2, strategyName(strategy)));
    if (strategy.description.trim()) children.push(paragraph(strategy.description.trim()));
    const areas = plan.focusAreas
      .filter((f) => f.strategyIds.includes(strategy.id))
      .map((f) => f.code.trim() || f.title);
    const measures = measureCount.get(strategy.id) ?? 0;
    const use = [
      areas.length > 0
        ? `Brukes i satsningsområde ${listInWords(areas)}`
        : 'Ikke knyttet til noe satsningsområde',
      measures === 0
        ? 'ingen tiltak bruker strategien'
        : `${measures} ${measures === 1 ? 'tiltak' : 'tiltak'} bruker den`,
    ];
    children.push(paragraph(`${use.join(', ')}.`, STYLE.meta));
    const goals = strategy.goalIds.flatMap((id) => {
      const goal = ctx.goals.get(id);
      return goal ? [goal] : [];
    });
    if (goals.length === 0) {
      children.push(note('Strategien er ikke knyttet til noe mål ennå.'));
    } else {
      children.push(paragraph('Strategien skal bidra til:'));
      children.push(...goals.map((g) => bullet(goalName(g))));
    }
  }
  return part('portrait', children);
}
