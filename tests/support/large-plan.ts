import type { Plan } from '#shared/model/plan';
import { samplePlan } from './plan-fixtures';

const SENTENCE =
  'Bydelen skal sammen med Husbanken og frivillige skaffe flere egnede boliger til vanskeligstilte. ';

/** The sample plan grown to about `kilobytes` by a long rationale; `variant` sets the vision. */
export function largePlan(kilobytes: number, variant: string): Plan {
  const plan = samplePlan();
  plan.vision = {
    text: `Alle skal ha et trygt og godt sted å bo (${variant}).`,
    rationale: SENTENCE.repeat(Math.ceil((kilobytes * 1024) / SENTENCE.length)),
  };
  return plan;
}
