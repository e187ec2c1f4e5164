import './zod-setup';
import { z } from 'zod';
import { budgetSettingsSchema } from './budget';
import { chapterSchema, riskSchema } from './chapters';
import { finalReportSchema } from './final-report';
import { needFigureSchema } from './need-figures';
import { statusReportSchema } from './status-report';
import { workshopSchema } from './workshop';
import { mainGoalSchema, visionSchema } from './goals';
import { measureSchema } from './measures';
import { orgBodySchema } from './organisation';
import { partnerSchema, personSchema } from './people';
import { planInfoSchema } from './plan-info';
import { idSchema } from './primitives';
import { focusAreaSchema, strategySchema, targetGroupSchema } from './strategies';
import { findIntegrityProblems } from '../plan/integrity';

/** The file format version this build writes. Older files are migrated on load. */
export const CURRENT_SCHEMA_VERSION = 3;

export const planShapeSchema = z.strictObject({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  id: idSchema,
  info: planInfoSchema,
  vision: visionSchema,
  mainGoals: z.array(mainGoalSchema),
  strategies: z.array(strategySchema),
  focusAreas: z.array(focusAreaSchema),
  measures: z.array(measureSchema),
  targetGroups: z.array(targetGroupSchema),
  people: z.array(personSchema),
  partners: z.array(partnerSchema),
  organisation: z.array(orgBodySchema),
  budget: budgetSettingsSchema,
  chapters: z.array(chapterSchema),
  risks: z.array(riskSchema),
  statusReports: z.array(statusReportSchema),
  needFigures: z.array(needFigureSchema).default([]),
  finalReport: finalReportSchema.nullable().default(null),
  workshops: z.array(workshopSchema),
});
export type Plan = z.infer<typeof planShapeSchema>;

/** A plan that is well-formed and also hangs together (ids unique, references resolve …). */
export const planSchema = planShapeSchema.superRefine((plan, ctx) => {
  for (const problem of findIntegrityProblems(plan)) {
    ctx.addIssue({ code: 'custom', message: problem.message, path: problem.path, input: plan });
  }
});
