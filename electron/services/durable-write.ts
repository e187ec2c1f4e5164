import { open } from 'node:fs/promises';
import { dirname } from 'node:path';
import writeFileAtomic from 'write-file-atomic';

/**
 * Writes a file so that a crash leaves either the old or the new content, never half of each:
 * write-file-atomic writes a temp file, fsyncs it and renames it over the target. The rename
 * itself is only durable once the folder is synced too, which write-file-atomic does not do.
 */
export async function writeFileDurably(path: string, data: string | Buffer): Promise<void> {
  await writeFileAtomic(path, data, { fsync: true });
  await syncFolder(dirname(path));
}

async function syncFolder(folder: string): Promise<void> {
  let handle;
  try {
    handle = await open(folder, 'r');
    await handle.sync();
  } catch {
    // Some platforms (Windows, some network drives) cannot fsync a folder; the file itself is synced.
  } finally {
    await handle?.close();
  }
}
