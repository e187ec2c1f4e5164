import type { Indicator } from '../model/goals';
import type { Person } from '../model/people';
import type { Plan } from '../model/plan';
import { withoutGuidance } from '../model/rich-text';
import { findResultGoal, updateIndicator } from './goal-operations';

// Example content from a template is marked until the user replaces it (any edit drops the
// marker) or confirms it («Bekreft»: the figure or person is the municipality's own after all).

/** A person without the example marker. */
function ownPerson({ example: _example, ...person }: Person): Person {
  return person;
}

export function confirmExamplePerson(plan: Plan, personId: string): Plan {
  if (!plan.people.some((p) => p.id === personId && p.example)) return plan;
  return { ...plan, people: plan.people.map((p) => (p.id === personId ? ownPerson(p) : p)) };
}

export type IndicatorPointKey = 'baseline' | 'target';

/** Keeps the example figure as the plan's own: the value and year stay, the marker goes. */
export function confirmExampleFigure(
  plan: Plan,
  resultGoalId: string,
  which: IndicatorPointKey,
): Plan {
  const point = findResultGoal(plan, resultGoalId)?.resultGoal.indicator?.[which];
  if (!point?.example) return plan;
  const fields: Partial<Indicator> = { [which]: { value: point.value, year: point.year } };
  return updateIndicator(plan, resultGoalId, fields);
}

/** Whether a text still holds a writing prompt; and whether it holds any text of its own. */
export function chapterTextState(content: Plan['chapters'][number]['content']): {
  guidance: number;
  ownText: boolean;
} {
  const own = withoutGuidance(content);
  const written = (runs: { text: string }[]) => runs.some((run) => run.text.trim() !== '');
  // A table with any text, or a picture, is text of the chapter's own.
  const ownText = own.some((block) => {
    switch (block.type) {
      case 'list':
        return block.items.some(written);
      case 'table':
        return block.rows.some((row) => row.some(written));
      case 'image':
        return true;
      default:
        return written(block.content);
    }
  });
  return { guidance: content.length - own.length, ownText };
}
