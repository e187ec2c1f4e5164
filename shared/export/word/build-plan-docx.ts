import { Packer } from 'docx';
import type { Plan } from '../../model/plan';
import { buildPlanDocument } from './build-plan-document';
import type { WordExportAssets, WordExportOptions } from './word-export-options';

// The window and the export command import only this file: its signature names no docx types,
// whose declarations would bring Node's globals into the window's type check.
export { LONGEST_LAID_OUT_TEXT } from './word-layout-limit';

/** The plan as a .docx file. Packer.toArrayBuffer works in the browser and in Node alike. */
export async function buildPlanDocx(
  plan: Plan,
  options: WordExportOptions,
  assets: WordExportAssets,
): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(buildPlanDocument(plan, options, assets)));
}
