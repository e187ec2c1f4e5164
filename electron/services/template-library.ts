import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PlanTemplate } from '#shared/model/template';
import { formatProblem } from '#shared/plan/read-plan';
import { readTemplateText } from '#shared/plan/read-template';

/**
 * Reads the templates shipped in templates/*.json, sorted for the start screen. Their plans go
 * through the same migrate → validate path as a plan file, so older files keep opening.
 */
export async function loadTemplates(templatesDir: string): Promise<PlanTemplate[]> {
  const files = (await readdir(templatesDir)).filter((f) => f.endsWith('.json')).sort();
  const templates = await Promise.all(
    files.map(async (file) => {
      const result = readTemplateText(await readFile(join(templatesDir, file), 'utf8'));
      if (result.ok) return result.template;
      const { message, problems } = result.error;
      throw new Error([`${file}: ${message}`, ...problems.map(formatProblem)].join('\n'));
    }),
  );
  return templates.sort((a, b) => a.order - b.order);
}

/** Where the example plan lives: beside the templates, in a folder the template list skips. */
export const SAMPLE_PLAN_FILE = join('samples', 'eksempelplan.json');

/** The shipped example plan, read like a template (migrate → validate). */
export async function loadSamplePlan(templatesDir: string): Promise<PlanTemplate> {
  const result = readTemplateText(await readFile(join(templatesDir, SAMPLE_PLAN_FILE), 'utf8'));
  if (result.ok) return result.template;
  const { message, problems } = result.error;
  throw new Error([`${SAMPLE_PLAN_FILE}: ${message}`, ...problems.map(formatProblem)].join('\n'));
}
