import type { ExportKind, PlanApi } from '#shared/ipc/contract';
import { randomUUID } from 'node:crypto';
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

/** Places chosen but not yet written to; a window that asks again and again cannot grow this. */
const MAX_WAITING_PLACES = 16;

const withExtension = (chosen: string, kind: ExportKind) =>
  extname(chosen).toLowerCase() === `.${kind}` ? chosen : `${chosen}.${kind}`;

const suggestedFileName = (suggestedName: string, kind: ExportKind) =>
  `${fileNameFromTitle(suggestedName.replace(new RegExp(`\\.${kind}$`, 'i'), ''))}.${kind}`;

/**
 * Exports: the window hands over finished bytes, the main process asks where and writes them.
 * The place may be asked first (chooseExportLocation), kept here under a random name the window
 * hands back once, so the window never names a path to write to. Only files written here in
 * this session can be opened afterwards.
 */
export function createExportFiles(
  dialogs: ExportDialogs,
): Pick<PlanApi, 'chooseExportLocation' | 'exportFile' | 'openExportedFile'> {
  const exported = new Set<string>();
  const places = new Map<string, { path: string; kind: ExportKind }>();

  const ask = async (suggestedName: string, kind: ExportKind) => {
    const chosen = await dialogs.chooseSaveLocation(
      suggestedFileName(suggestedName, kind),
      exportFilters[kind],
    );
    return chosen ? withExtension(chosen, kind) : null;
  };

  return {
    async chooseExportLocation({ kind, suggestedName }) {
      const path = await ask(suggestedName, kind);
      if (!path) return { ok: false, canceled: true };
      const destination = randomUUID();
      places.set(destination, { path, kind });
      // The oldest place chosen goes first: an export that failed never came back for it.
      for (const waiting of places.keys()) {
        if (places.size <= MAX_WAITING_PLACES) break;
        places.delete(waiting);
      }
      return { ok: true, destination, path, fileName: basename(path) };
    },

    async exportFile({ kind, suggestedName, data, encoding, destination }) {
      let path: string | null;
      if (destination === undefined) {
        path = await ask(suggestedName, kind);
        if (!path) return { ok: false, canceled: true };
      } else {
        const place = places.get(destination);
        places.delete(destination);
        if (!place || place.kind !== kind)
          return {
            ok: false,
            canceled: false,
            message:
              'Filen ble ikke lagret: stedet du valgte, er ikke kjent lenger. Eksporter på nytt. Planen er ikke endret.',
          };
        path = place.path;
      }
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
