import type { WordPresetId } from '#shared/export/word/word-export-options';
import type { Plan } from '#shared/model/plan';

// Suggested file names for the save dialog; the main process makes them safe for the disk
// (fileNameFromTitle) and adds the extension.

const title = (plan: Plan) => plan.info.title.trim() || 'Boligsosial handlingsplan';

export function wordFileName(plan: Plan, preset: WordPresetId | null): string {
  return preset === 'kortversjon' ? `${title(plan)} – kortversjon` : title(plan);
}

export function excelFileName(plan: Plan): string {
  return `${title(plan)} – aktivitetsplan og budsjett`;
}
