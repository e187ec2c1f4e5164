import type { ChangesDocumentInput } from '#shared/export/word/changes/build-changes-docx';
import { getPlanApi } from '../../api/get-plan-api';
import {
  buildOneAndSave,
  type ExportListener,
  type ExportOutcome,
  type ExportStep,
  type SaveTools,
} from '../../components/export/save-export';

/** The builder of «Endringer siden vedtak» and the save calls; tests pass their own. */
export interface ChangesExportTools extends SaveTools {
  buildChangesDocx(input: ChangesDocumentInput): Promise<Uint8Array>;
}

export const changesExportSteps: ExportStep[] = ['place', 'document', 'save'];

/** Ask where, build the document from the comparison, then save it there. */
export function exportChanges(
  input: ChangesDocumentInput,
  suggestedName: string,
  tools: ChangesExportTools,
  listener: ExportListener,
): Promise<ExportOutcome> {
  const build = () => tools.buildChangesDocx(input);
  return buildOneAndSave(
    'docx',
    'document',
    'Word-dokumentet',
    build,
    suggestedName,
    tools,
    listener,
  );
}

/** The real builder, loaded the first time someone makes the document. */
export function appChangesExportTools(): ChangesExportTools {
  return {
    buildChangesDocx: async (input) => {
      const { buildChangesDocx } = await import('#shared/export/word/changes/build-changes-docx');
      return buildChangesDocx(input);
    },
    chooseExportLocation: (request) => getPlanApi().chooseExportLocation(request),
    exportFile: (request) => getPlanApi().exportFile(request),
  };
}
