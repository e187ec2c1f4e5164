import { readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { PlanApi } from '#shared/ipc/contract';
import type { ReadOwnerForm } from '#shared/follow-up/owner-form-import';
import { writeFileDurably } from './durable-write';
import { fileErrorSentence } from './file-error-text';
import { readOwnerFormWorkbook, writeOwnerFormWorkbook } from './owner-form-workbook';

/** The folder chooser and the many-files chooser: Electron's in the app, scripted in tests. */
export interface OwnerFormDialogs {
  chooseFolder(): Promise<string | null>;
  chooseFilesToOpen(filter: { name: string; extensions: string[] }): Promise<string[] | null>;
}

/** A filled form is a few hundred kilobytes; anything far larger is not one. */
export const MAX_OWNER_FORM_BYTES = 10 * 1024 * 1024;
const MAX_FILES = 200;

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** A name not taken in the folder: a filled form sent back must never be overwritten. */
async function freePath(folder: string, name: string, taken: Set<string>): Promise<string> {
  for (let n = 1; ; n++) {
    const fileName = n === 1 ? `${name}.xlsx` : `${name} (${n}).xlsx`;
    const path = join(folder, fileName);
    if (!taken.has(fileName.toLowerCase()) && !(await exists(path))) return path;
  }
}

export function createOwnerFormFiles(
  dialogs: OwnerFormDialogs,
): Pick<PlanApi, 'exportOwnerForms' | 'importOwnerForms'> {
  return {
    async exportOwnerForms({ forms }) {
      const folder = await dialogs.chooseFolder();
      if (!folder) return { ok: false, canceled: true };
      const fileNames: string[] = [];
      const taken = new Set<string>();
      for (const form of forms) {
        const path = await freePath(folder, form.fileName, taken);
        try {
          await writeFileDurably(path, await writeOwnerFormWorkbook(form));
        } catch (error) {
          const written = fileNames.length
            ? ` ${fileNames.length} av ${forms.length} skjema ble laget før feilen.`
            : '';
          return {
            ok: false,
            canceled: false,
            message: `Skjemaet til ${form.ownerName} kunne ikke lagres i ${folder}. ${fileErrorSentence(error, 'write')}${written}`,
          };
        }
        fileNames.push(basename(path));
        taken.add(basename(path).toLowerCase());
      }
      return { ok: true, folder, fileNames };
    },

    async importOwnerForms() {
      const paths = await dialogs.chooseFilesToOpen({
        name: 'Utfylte skjema (Excel)',
        extensions: ['xlsx'],
      });
      if (!paths || !paths.length) return { ok: false, canceled: true };
      const files: ReadOwnerForm[] = [];
      for (const path of paths.slice(0, MAX_FILES)) files.push(await readOne(path));
      return { ok: true, files };
    },
  };
}

async function readOne(path: string): Promise<ReadOwnerForm> {
  const fileName = basename(path);
  try {
    const info = await stat(path);
    if (info.size > MAX_OWNER_FORM_BYTES)
      return {
        ok: false,
        fileName,
        message: `«${fileName}» er for stor til å være et statusskjema (over 10 MB).`,
      };
    return await readOwnerFormWorkbook(await readFile(path), fileName);
  } catch (error) {
    return {
      ok: false,
      fileName,
      message: `«${fileName}» kunne ikke leses. ${fileErrorSentence(error, 'read')}`,
    };
  }
}
