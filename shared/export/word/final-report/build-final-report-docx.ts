import type { Plan } from '../../../model/plan';
import { cleanTextDeep } from '../../../model/clean-text';
import { planForDocument } from '../../../plan/document-plan';
import { packWordParts } from '../word-document';
import {
  finalAreaParts,
  finalCover,
  finalEconomyPart,
  finalGoalsPart,
  finalPlace,
  finalSummary,
} from './final-report-parts';

/**
 * The final report (sluttrapport) as a .docx: the group's texts from plan.finalReport and the
 * figures from the live plan as it stands at the end of the period. `today` dates the figures.
 */
export async function buildFinalReportDocx(uncleanPlan: Plan, today: string): Promise<Uint8Array> {
  // Like the plan's own document: no template guidance, example people or example figures.
  const plan = planForDocument(cleanTextDeep(uncleanPlan));
  const place = finalPlace(plan);
  const title = `Sluttrapport${place ? ` – ${place}` : ''}`;
  return packWordParts(
    {
      title,
      subject: `Sluttrapport for ${plan.info.title.trim() || 'boligsosial handlingsplan'}`,
      creator: place || 'Planverksted',
      description: `Sluttrapport for programperioden ${plan.info.periodStart}–${plan.info.periodEnd}, laget i Planverksted.`,
      keywords: 'boligsosial handlingsplan, sluttrapport',
    },
    [
      finalCover(plan, today),
      finalSummary(plan),
      ...finalAreaParts(plan),
      finalGoalsPart(plan),
      finalEconomyPart(plan),
    ],
  );
}
