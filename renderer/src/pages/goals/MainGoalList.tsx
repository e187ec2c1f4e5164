import { addMainGoal } from '#shared/plan/goal-operations';
import { newId } from '#shared/plan/new-id';
import { AddButton } from '../../components/AddButton';
import { usePlan } from '../../state/plan-context';
import { changeThenFocus } from '../../components/focus';
import { MainGoalItem } from './MainGoalItem';
import { useGoalFolding } from './goal-folding';

export function MainGoalList() {
  const { plan, edit } = usePlan();
  const folding = useGoalFolding();
  const goals = plan.mainGoals;
  // One undo step; the new goal comes last (goals are numbered by their place) and opens with
  // the cursor in its title, within the click, wherever the button was.
  const add = () => {
    const id = newId();
    changeThenFocus(() => edit((p) => addMainGoal(p, {}, id)), `goal-${id}-title`);
  };
  return (
    <section className="form-section">
      <div className="goals-head">
        <h2 id="main-goals-heading">Hovedmål</h2>
        {/* At the top as well as after the last goal, so adding never means scrolling past all. */}
        <div className="goals-head__actions">
          <AddButton onClick={add}>Legg til hovedmål</AddButton>
          {goals.length > 0 && (
            <>
              <button type="button" className="button button--quiet" onClick={folding.foldAll}>
                Fold alle
              </button>
              <button type="button" className="button button--quiet" onClick={folding.openAll}>
                Åpne alle
              </button>
            </>
          )}
        </div>
      </div>
      <p className="muted">
        Et hovedmål kan gjelde hele planen eller ett satsningsområde. Flytt et mål med knappene,
        eller med Alt + pil opp / pil ned når du står i det. Klikk på overskriften til et mål for å
        folde det sammen eller åpne det.
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
      {goals.length > 0 && <AddButton onClick={add}>Legg til hovedmål</AddButton>}
    </section>
  );
}
