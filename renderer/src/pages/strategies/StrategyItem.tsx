import type { Strategy } from '#shared/model/strategies';
import {
  moveStrategy,
  removeStrategy,
  strategyUsage,
  updateStrategy,
  type StrategyFields,
} from '#shared/plan/strategy-operations';
import { DraftTextField } from '../../components/DraftTextField';
import { usePlan } from '../../state/plan-context';
import { keepingFocus } from '../../components/focus';
import { SortableCard } from '../../components/sortable/SortableCard';
import type { SortableDrag } from '../../components/sortable/SortableList';
import { StrategyGoalPicker } from './StrategyGoalPicker';
import { StrategyUsageInfo } from './StrategyUsageInfo';

interface StrategyItemProps {
  strategy: Strategy;
  index: number;
  count: number;
  drag: SortableDrag;
  onDeleted: (message: string, restoreFocusId: string) => void;
}

/** "Strategi 1: KUNNSKAP", or "Strategi 1" while it has no title. */
export function strategyHeading(strategy: Strategy, index: number): string {
  const code = strategy.code.trim() || String(index + 1);
  const title = strategy.title.trim();
  return title ? `Strategi ${code}: ${title}` : `Strategi ${code}`;
}

export function StrategyItem({ strategy, index, count, drag, onDeleted }: StrategyItemProps) {
  const { plan, edit } = usePlan();
  const idBase = `strategy-${strategy.id}`;
  const heading = strategyHeading(strategy, index);
  const what = `strategi ${strategy.code.trim() || index + 1}`;
  const change = (fields: StrategyFields, field: string) =>
    edit((p) => updateStrategy(p, strategy.id, fields), `strategy.${strategy.id}.${field}`);
  const move = (delta: -1 | 1) =>
    keepingFocus(() => edit((p) => moveStrategy(p, strategy.id, delta)));

  const remove = () => {
    const usage = strategyUsage(plan, strategy.id);
    const uses = [
      usage.focusAreas.length > 0 &&
        `${usage.focusAreas.length} ${usage.focusAreas.length === 1 ? 'satsningsområde' : 'satsningsområder'}`,
      usage.measures.length > 0 && `${usage.measures.length} tiltak`,
    ].filter(Boolean);
    edit((p) => removeStrategy(p, strategy.id));
    onDeleted(
      `${heading} er slettet${uses.length ? ` og tatt ut av ${uses.join(' og ')}` : ''}.`,
      `${idBase}-title`,
    );
  };

  return (
    <SortableCard
      id={strategy.id}
      idBase={idBase}
      className="strategy-card"
      drag={drag}
      heading={heading}
      what={what}
      index={index}
      count={count}
      onMove={move}
      onDelete={remove}
    >
      <div className="strategy-card__fields">
        <DraftTextField
          id={`${idBase}-code`}
          label="Nummer eller bokstav"
          value={strategy.code}
          onChange={(code) => change({ code }, 'code')}
        />
        <DraftTextField
          id={`${idBase}-title`}
          label="Tittel"
          hint="Kort, gjerne ett ord, for eksempel KUNNSKAP."
          value={strategy.title}
          onChange={(title) => change({ title }, 'title')}
        />
      </div>
      <DraftTextField
        id={`${idBase}-description`}
        label="Beskrivelse"
        multiline
        rows={3}
        value={strategy.description}
        onChange={(description) => change({ description }, 'description')}
      />
      <StrategyGoalPicker strategy={strategy} what={what} />
      <StrategyUsageInfo strategy={strategy} />
    </SortableCard>
  );
}
