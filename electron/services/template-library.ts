import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { planTemplateSchema, type PlanTemplate } from '#shared/model/template';

/** Reads and validates the templates shipped in templates/*.json, sorted for the start screen. */
export async function loadTemplates(templatesDir: string): Promise<PlanTemplate[]> {
  const files = (await readdir(templatesDir)).filter((f) => f.endsWith('.json')).sort();
  const templates = await Promise.all(
    files.map(async (file) =>
      planTemplateSchema.parse(JSON.parse(await readFile(join(templatesDir, file), 'utf8'))),
    ),
  );
  return templates.sort((a, b) => a.order - b.order);
}
