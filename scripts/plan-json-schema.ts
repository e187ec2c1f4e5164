import { z } from 'zod';
import { planShapeSchema } from '#shared/model/plan';
import { planHistorySchema } from '#shared/model/plan-history';
import { planBoardsFileSchema } from '#shared/model/plan-boards';

/**
 * The JSON Schema of a .bsplan file, generated from the zod model so other tools can read plans.
 * (Cross-entity rules — unique ids, references, date order — are not expressible in JSON Schema
 * and are checked by Planverksted itself.)
 */
export function planJsonSchema(): string {
  // The file is the draft with its history (versions, change log) and workshop boards beside
  // it, all optional.
  const file = planShapeSchema
    .extend(planHistorySchema.shape)
    .extend({ boards: planBoardsFileSchema });
  const schema = z.toJSONSchema(file, { target: 'draft-2020-12', io: 'input' });
  return `${JSON.stringify(
    {
      $id: 'urn:planverksted:schema:plan-file',
      title: 'Planverksted – boligsosial handlingsplan (.bsplan)',
      ...schema,
    },
    null,
    2,
  )}\n`;
}
