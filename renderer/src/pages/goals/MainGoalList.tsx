import { addMainGoal } from '#shared/plan/goal-operations';
import { newId } from '#shared/plan/new-id';
import { AddButton } from '../../components/AddButton';
import { usePlan } from '../../state/plan-context';
import { changeThenFocus } from '../../components/focus';
import { MainGoalItem } from './MainGoalItem';

export function MainGoalList() {
  const { plan, edit } = usePlan();
  const goals = plan.mainGoals;
  return (
    <section className="form-section">
      <h2 id="main-goals-heading">Hovedmål</h2>
      <p className="muted">
        Et hovedmål kan gjelde hele planen eller ett satsningsområde. Flytt et mål med knappene,
        eller med Alt + pil opp / pil ned når du står i det.
      </p>
      {goals.length === 0 ? (
        <p>Planen har ingen hovedmål ennå.</p>
      ) : (
        <ol className="goal-list">
          {goals.map((goal, index) => (
            <MainGoalItem key={goal.id} goal={goal} index={index} count={goals.length} />
          ))}
        </ol>
      )}
      <AddButton
        onClick={() => {
          const id = newId();
          changeThenFocus(() => edit((p) => addMainGoal(p, {}, id)), `goal-${id}-title`);
        }}
      >
        Legg til hovedmål
      </AddButton>
    </section>
  );
}
