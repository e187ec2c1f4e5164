import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PlanTemplate } from '#shared/model/template';
import { formatProblem } from '#shared/plan/read-plan';
import { readTemplateText } from '#shared/plan/read-template';

// Tests read the shipped templates the way the app does (migrate → validate), so a new
// schemaVersion needs a migration step, not edits here or in templates/.

export const templatesDir = join(import.meta.dirname, '..', '..', 'templates');

/** The template files, sorted by name. */
export function templateFiles(): string[] {
  return readdirSync(templatesDir)
    .filter((file) => file.endsWith('.json'))
    .sort();
}

/** One shipped template by file name («oslo-bydel.json»), read as the app reads it. */
export function readShippedTemplate(file: string): PlanTemplate {
  const result = readTemplateText(readFileSync(join(templatesDir, file), 'utf8'));
  if (result.ok) return result.template;
  const { message, problems } = result.error;
  throw new Error([`${file}: ${message}`, ...problems.map(formatProblem)].join('\n'));
}
