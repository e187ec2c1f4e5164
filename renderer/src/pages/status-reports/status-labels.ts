import { formatPercent } from '#shared/format/numbers';
import { measureStatusLabels, progressStep, type MeasureStatus } from '#shared/model/measures';

/** «v – Videreført», as the form's code with its meaning; «Ikke angitt» when not reported. */
export function statusText(status: MeasureStatus | null): string {
  return status ? `${status} – ${measureStatusLabels[status]}` : 'Ikke angitt';
}

/** «70 % – i skjemaet 75 %»; just «100 %» when the box is the same number. */
export function progressText(progress: number): string {
  const step = progressStep(progress);
  if (step === progress) return formatPercent(progress);
  return step === 0
    ? `${formatPercent(progress)} – i skjemaet ingen rute`
    : `${formatPercent(progress)} – i skjemaet ${formatPercent(step)}`;
}

const count = (n: number) => (n === 1 ? '1 tiltak' : `${n} tiltak`);

/** «3 tiltak er endret og 1 er lagt til i planen siden rapporten ble startet». */
export function driftMessage(changed: number, added: number): string {
  if (changed && added)
    return `${count(changed)} er endret og ${added} er lagt til i planen siden rapporten ble startet.`;
  if (changed) return `${count(changed)} er endret i planen siden rapporten ble startet.`;
  return `${count(added)} er lagt til i planen siden rapporten ble startet.`;
}
