import { updateVision } from '#shared/plan/goal-operations';
import { DraftTextField } from '../../components/DraftTextField';
import { usePlan } from '../../state/plan-context';

export function VisionFields() {
  const { plan, edit } = usePlan();
  return (
    <section className="form-section">
      <h2 id="vision-heading">Visjon</h2>
      <DraftTextField
        id="vision-text"
        label="Visjon"
        hint="En eller to setninger, for eksempel «Alle skal ha et trygt og godt sted å bo.»"
        multiline
        rows={2}
        value={plan.vision.text}
        onChange={(text) => edit((p) => updateVision(p, { text }), 'vision.text')}
      />
      <DraftTextField
        id="vision-rationale"
        label="Begrunnelse"
        hint="Hvorfor denne visjonen? Kort om hva den bygger på."
        multiline
        rows={4}
        value={plan.vision.rationale}
        onChange={(rationale) => edit((p) => updateVision(p, { rationale }), 'vision.rationale')}
      />
    </section>
  );
}
