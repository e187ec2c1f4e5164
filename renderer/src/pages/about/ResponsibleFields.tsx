import { addOwnerPerson, addProgrammeLeader, setResponsible } from '#shared/plan/info-operations';
import { usePlan } from '../../state/plan-context';
import { PartyPicker } from './PartyPicker';

export function ResponsibleFields() {
  const { plan, edit } = usePlan();
  return (
    <div className="stacked-fields">
      <PartyPicker
        label="Programleder"
        hint="Den som leder arbeidet med planen til daglig."
        value={plan.info.programmeLeader}
        onChange={(ref, visit) =>
          edit((p) => setResponsible(p, 'programmeLeader', ref), `leader#${visit}`, {
            untimed: true,
          })
        }
        onAddPerson={(person) => edit((p) => addProgrammeLeader(p, person))}
      />
      <PartyPicker
        label="Eier / programansvarlig"
        hint="Den som har det samlede ansvaret: en person eller et ledd i organisasjonen."
        value={plan.info.owner}
        includeBodies
        onChange={(ref, visit) =>
          edit((p) => setResponsible(p, 'owner', ref), `owner#${visit}`, { untimed: true })
        }
        onAddPerson={(person) => edit((p) => addOwnerPerson(p, person))}
      />
    </div>
  );
}
