import { z } from 'zod';
import { planTemplateSchema, type PlanTemplate } from '../model/template';
import { planMigrations, type Migration } from './migrations';
import { describeIssues, readPlanValue, type PlanReadError } from './read-plan';

// A template's plan is read exactly like a plan file (migrate → validate), so raising
// schemaVersion needs a migration step, not hand edits of every file in templates/.

/** The template's own fields; its plan is checked by the plan's read path. */
const templateEnvelopeSchema = planTemplateSchema.extend({ plan: z.unknown() });

export type TemplateReadResult =
  { ok: true; template: PlanTemplate } | { ok: false; error: PlanReadError };

/** Parse → check the template's fields → migrate and validate its plan. Never throws. */
export function readTemplateText(
  text: string,
  migrations: Record<number, Migration> = planMigrations,
): TemplateReadResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch {
    return {
      ok: false,
      error: { kind: 'json', message: 'Malen er ikke gyldig JSON.', problems: [] },
    };
  }
  const envelope = templateEnvelopeSchema.safeParse(raw);
  if (!envelope.success) {
    return {
      ok: false,
      error: {
        kind: 'invalid',
        message:
          'Malen mangler navn, beskrivelse eller rekkefølge, eller har felt den ikke skal ha.',
        problems: describeIssues(raw, envelope.error.issues),
      },
    };
  }
  const plan = readPlanValue(envelope.data.plan, migrations);
  if (!plan.ok) return plan;
  return { ok: true, template: { ...envelope.data, plan: plan.plan } };
}
