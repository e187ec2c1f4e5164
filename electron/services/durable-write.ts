import { randomBytes } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** The file operations a careful write needs; tests pass one that fails like a full disk. */
export type FileOps = Pick<
  typeof nodeFs,
  'open' | 'stat' | 'rename' | 'unlink' | 'readdir' | 'link'
>;

export const realFileOps: FileOps = nodeFs;

const TEMP_MARK = '.tmp-';

/** `.<name>.tmp-<random>` beside the target: hidden, and recognisable as ours after a crash. */
export function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}${TEMP_MARK}${randomBytes(6).toString('hex')}`);
}

/** True for a temporary file that a write to `targetName` (a bare file name) left behind. */
export function isTempFileOf(fileName: string, targetName: string): boolean {
  const prefix = `.${targetName}${TEMP_MARK}`;
  return fileName.startsWith(prefix) && /^[0-9a-f]{12}$/.test(fileName.slice(prefix.length));
}

function ioError(code: string, message: string): NodeJS.ErrnoException {
  return Object.assign(new Error(message), { code });
}

/**
 * Writes a file so that a crash or a full disk leaves either the old or the new content, never
 * half of each. A write may store fewer bytes than asked and a full disk may only show up at
 * fsync or close, so every step is checked before the temporary file is renamed over the target;
 * on any failure the temporary file is removed and the target is untouched.
 */
export async function writeFileDurably(
  path: string,
  data: string | Uint8Array,
  fs: FileOps = realFileOps,
): Promise<void> {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const temp = tempPathFor(path);
  let handle: nodeFs.FileHandle | undefined;
  try {
    handle = await fs.open(temp, 'wx');
    let written = 0;
    while (written < bytes.length) {
      const { bytesWritten } = await handle.write(bytes, written, bytes.length - written);
      if (bytesWritten <= 0) throw ioError('ENOSPC', 'Ingenting ble skrevet (disken er full?).');
      written += bytesWritten;
    }
    await handle.sync();
    await handle.close();
    handle = undefined;
    const { size } = await fs.stat(temp);
    if (size !== bytes.length) {
      throw ioError('EIO', `Filen ble ${size} byte, ikke ${bytes.length}.`);
    }
    await fs.rename(temp, path);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await fs.unlink(temp).catch(() => undefined);
    throw error;
  }
  await syncFolder(dirname(path), fs);
}

/** The rename is only durable once the folder itself is synced. */
async function syncFolder(folder: string, fs: FileOps): Promise<void> {
  let handle: nodeFs.FileHandle | undefined;
  try {
    handle = await fs.open(folder, 'r');
    await handle.sync();
  } catch {
    // Some platforms (Windows, some network drives) cannot fsync a folder; the file itself is synced.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/**
 * Makes `copy` hold what `path` holds now, before `path` is replaced: a hard link where the file
 * system has them (no bytes written, nothing to fsync: they were synced when written; the app
 * never writes a file in place, so the replaced file keeps its bytes), else a
 * careful copy of `bytes`. Either way `copy` is replaced in one rename, so it is always whole.
 */
export async function keepCopyOf(
  path: string,
  copy: string,
  bytes: Uint8Array,
  fs: FileOps = realFileOps,
): Promise<void> {
  const temp = tempPathFor(copy);
  try {
    await fs.link(path, temp);
    await fs.rename(temp, copy);
    // When `copy` already is a link to the same file, rename does nothing and leaves `temp`.
    await fs.unlink(temp).catch(() => undefined);
  } catch {
    // FAT-formatted USB sticks and some network drives have no hard links.
    await fs.unlink(temp).catch(() => undefined);
    await writeFileDurably(copy, bytes, fs);
  }
}
