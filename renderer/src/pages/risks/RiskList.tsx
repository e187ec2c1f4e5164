import { useMemo } from 'react';
import { newId } from '#shared/plan/new-id';
import { addRisk, moveRiskTo } from '#shared/plan/risk-operations';
import { sortedMeasures } from '#shared/plan/traceability';
import { measureDisplayCode } from '#shared/plan/measure-groups';
import { changeThenFocus } from '../../components/focus';
import { partyChoices } from '../../components/owner/party-labels';
import { SortableList } from '../../components/sortable/SortableList';
import { usePlan } from '../../state/plan-context';
import { RiskItem } from './RiskItem';
import { riskIdBase } from './risk-ids';

interface RiskListProps {
  onDeleted: (message: string, restoreFocusId: string) => void;
}

export function RiskList({ onDeleted }: RiskListProps) {
  const { plan, edit } = usePlan();
  const risks = plan.risks;
  const choices = useMemo(
    () => partyChoices(plan.people, plan.organisation, plan.partners),
    [plan.people, plan.organisation, plan.partners],
  );
  // «1A Bostøtteveiledning»: the code first, as the measures are known in the plan.
  const measureOptions = useMemo(
    () =>
      sortedMeasures(plan).map((m) => ({
        id: m.id,
        label: [measureDisplayCode(plan, m), m.title.trim() || '(uten tittel)']
          .filter(Boolean)
          .join(' '),
      })),
    [plan],
  );

  return (
    <section className="form-section risk-section" aria-labelledby="risks-heading">
      <h2 id="risks-heading">Risikoene</h2>
      <p className="muted">
        Flytt en risiko med knappene, med Alt + pil opp / pil ned når du står i den, eller ved å dra
        i håndtaket med musen. Nummeret følger rekkefølgen og brukes i matrisen og i Word.
      </p>
      <SortableList
        items={risks}
        label="Risikoer"
        className="reorder-list"
        empty="Planen har ingen risikoer ennå."
        onMoveTo={(id, to) => {
          changeThenFocus(() => edit((p) => moveRiskTo(p, id, to)), riskIdBase(id));
        }}
        addLabel="Legg til risiko"
        onAdd={() => {
          const id = newId();
          changeThenFocus(() => edit((p) => addRisk(p, {}, id)), `${riskIdBase(id)}-title`);
        }}
      >
        {(risk, index, drag) => (
          <RiskItem
            risk={risk}
            index={index}
            count={risks.length}
            drag={drag}
            choices={choices}
            measureOptions={measureOptions}
            onDeleted={onDeleted}
          />
        )}
      </SortableList>
    </section>
  );
}
