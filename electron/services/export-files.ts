import type { ExportKind, PlanApi } from '#shared/ipc/contract';
import { basename, extname } from 'node:path';
import { fileNameFromTitle } from './plan-file-names';
import { writeFileDurably } from './durable-write';
import { fileErrorSentence } from './file-error-text';

export interface SaveFilter {
  name: string;
  extensions: string[];
}

/** The save dialog's file type per export kind, in bokmål. */
export const exportFilters: Record<ExportKind, SaveFilter> = {
  docx: { name: 'Word-dokument', extensions: ['docx'] },
  xlsx: { name: 'Excel-arbeidsbok', extensions: ['xlsx'] },
  svg: { name: 'SVG-bilde', extensions: ['svg'] },
  png: { name: 'PNG-bilde', extensions: ['png'] },
  mmd: { name: 'Mermaid-kilde', extensions: ['mmd'] },
};

/** The save dialog and the system's file opener: Electron's in the app, scripted in tests. */
export interface ExportDialogs {
  chooseSaveLocation(suggestedFileName: string, filter: SaveFilter): Promise<string | null>;
  /** Opens a file with the system's program; resolves to an error message, or '' on success. */
  openWithSystem(path: string): Promise<string>;
}

/**
 * Exports: the window hands over finished bytes, the main process asks where and writes them.
 * Only files written here in this session can be opened afterwards.
 */
export function createExportFiles(
  dialogs: ExportDialogs,
): Pick<PlanApi, 'exportFile' | 'openExportedFile'> {
  const exported = new Set<string>();
  return {
    async exportFile({ kind, suggestedName, data, encoding }) {
      const extension = `.${kind}`;
      const suggested = `${fileNameFromTitle(suggestedName.replace(new RegExp(`\\${extension}$`, 'i'), ''))}${extension}`;
      const chosen = await dialogs.chooseSaveLocation(suggested, exportFilters[kind]);
      if (!chosen) return { ok: false, canceled: true };
      const path = extname(chosen).toLowerCase() === extension ? chosen : `${chosen}${extension}`;
      try {
        await writeFileDurably(path, encoding === 'base64' ? Buffer.from(data, 'base64') : data);
      } catch (error) {
        return {
          ok: false,
          canceled: false,
          message: `Filen kunne ikke lagres. ${fileErrorSentence(error, 'write')} Planen er ikke endret.`,
        };
      }
      exported.add(path);
      return { ok: true, path, fileName: basename(path) };
    },

    async openExportedFile({ path }) {
      if (!exported.has(path))
        return { ok: false, message: 'Bare filer du har eksportert nå, kan åpnes herfra.' };
      const problem = await dialogs.openWithSystem(path);
      return problem
        ? { ok: false, message: `Filen kunne ikke åpnes: ${problem}` }
        : { ok: true, message: '' };
    },
  };
}
