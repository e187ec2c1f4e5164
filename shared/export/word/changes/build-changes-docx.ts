import type { Plan } from '../../../model/plan';
import type { PlanComparison } from '../../../plan/compare/plan-comparison';
import { finalPlace } from '../final-report/final-report-parts';
import { packWordParts } from '../word-document';
import { changedPartParts, changesIntro } from './changes-parts';

export interface ChangesDocumentInput {
  /** The newer plan (title, municipality, logo for the cover line). */
  plan: Plan;
  comparison: PlanComparison;
  /** «Versjon 1.0, vedtatt 12. mars 2027 av bystyret (sak 2027/123)». */
  fromLabel: string;
  /** «Utkast til versjon 1.1, 5. desember 2026». */
  toLabel: string;
  /** ISO date the document is made. */
  today: string;
}

/**
 * «Endringer siden vedtak» as a .docx: what changed between two versions of a plan, for a
 * revision case to the politicians. Built from a comparison (comparePlans), so the document says
 * exactly what the compare screen shows.
 */
export async function buildChangesDocx(input: ChangesDocumentInput): Promise<Uint8Array> {
  const { plan, comparison } = input;
  const place = finalPlace(plan);
  const name = plan.info.title.trim() || 'boligsosial handlingsplan';
  return packWordParts(
    {
      title: `Endringer siden vedtak${place ? ` – ${place}` : ''}`,
      subject: `Endringer i ${name}`,
      creator: place || 'Planverksted',
      description: `Endringer fra ${input.fromLabel} til ${input.toLabel}, laget i Planverksted.`,
      keywords: 'boligsosial handlingsplan, endringer, rullering',
    },
    [changesIntro(plan, comparison, input), ...changedPartParts(comparison)],
  );
}
