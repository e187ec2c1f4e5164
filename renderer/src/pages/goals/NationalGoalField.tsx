import { nationalFrameLabels, type NationalFrame } from '#shared/model/plan-info';
import { nationalGoalChoice } from '#shared/plan/national-goals';
import { SelectField } from '../../components/SelectField';
import { PlanLink } from '../../components/links/PlanLink';

interface NationalGoalFieldProps {
  idBase: string;
  frame: NationalFrame;
  value: string;
  onChange: (nationalGoal: string) => void;
}

const NONE = '';

/**
 * The national goal a main goal hangs under, chosen among the goals of the frame chosen on Om
 * planen. A text stored before (typed by hand, or a goal of another frame) stays a choice of
 * its own until another is chosen, so an old plan loses nothing.
 */
export function NationalGoalField({ idBase, frame, value, onChange }: NationalGoalFieldProps) {
  const { options, selected, kept } = nationalGoalChoice(frame, value);
  const toAbout = (
    <>
      Velg ramme under <PlanLink page="om-planen">Om planen</PlanLink> for å få de nasjonale målene
      å velge mellom.
    </>
  );
  if (frame === 'ingen' && !kept)
    return (
      <div className="field national-goal">
        <p className="field__label">Nasjonalt mål</p>
        <p className="field__hint">Planen bygger ikke på en nasjonal ramme. {toAbout}</p>
      </div>
    );

  const keptNote = kept && (
    <>
      {' '}
      {kept.frame
        ? `Det valgte målet er fra ${nationalFrameLabels[kept.frame]}, ikke fra rammen planen bygger på.`
        : 'Det valgte målet ble skrevet inn før målene kunne velges.'}{' '}
      Det står slik i dokumentet til du velger et annet.
    </>
  );
  return (
    <SelectField
      id={`${idBase}-national`}
      className="national-goal"
      label="Nasjonalt mål"
      hint={
        frame === 'ingen' ? (
          <>
            Planen bygger ikke på en nasjonal ramme.{keptNote} {toAbout}
          </>
        ) : (
          <>
            Hvilket av målene i {nationalFrameLabels[frame]} hovedmålet hører under.{keptNote}
          </>
        )
      }
      value={selected}
      onChange={onChange}
    >
      <option value={NONE}>Ikke knyttet til et nasjonalt mål</option>
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
      {kept && <option value={kept.value}>{kept.value}</option>}
    </SelectField>
  );
}
