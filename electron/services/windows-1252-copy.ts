import { readFile } from 'node:fs/promises';
import { decodePlanBytes, decodeWindows1252 } from '#shared/plan/decode-plan-bytes';
import { readPlanText, type PlanReadResult } from '#shared/plan/read-plan';
import { fileErrorReason } from './file-error-text';

/**
 * Reads a plan file that is not UTF-8 as Windows-1252, for a converted copy. Only reads: the
 * original is never written. A file that already is UTF-8 is not converted, since reading it as
 * Windows-1252 would turn its æøå into «Ã¦Ã¸Ã¥».
 */
export async function readPlanAsWindows1252(path: string): Promise<PlanReadResult> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return refused('io', `Filen kunne ikke leses: ${fileErrorReason(error, 'read')}.`);
  }
  const decoded = decodePlanBytes(bytes);
  if (decoded.ok || decoded.reason !== 'not-utf8') {
    return refused('not-a-plan', 'Filen er ikke lagret i et tegnsett som kan konverteres.');
  }
  return readPlanText(decodeWindows1252(bytes));
}

function refused(kind: 'io' | 'not-a-plan', message: string): PlanReadResult {
  return { ok: false, error: { kind, message, problems: [] } };
}
