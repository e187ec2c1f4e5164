/// <reference lib="webworker" />
import { buildPlanDocx } from '#shared/export/word/build-plan-docx';
import type { DocxJob, DocxJobResult } from './docx-job';

// Laying out the pages for the table of contents takes seconds for a big plan; in a worker the
// window stays responsive and the progress steps keep moving while it works.
self.onmessage = async (event: MessageEvent<DocxJob>) => {
  const { plan, options, assets } = event.data;
  let result: DocxJobResult;
  try {
    const bytes = await buildPlanDocx(plan, options, assets);
    result = { ok: true, bytes };
  } catch (error) {
    result = { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  if (result.ok) self.postMessage(result, [result.bytes.buffer]);
  else self.postMessage(result);
};
