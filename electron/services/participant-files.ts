import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { contentTypeOf } from '../content-types';
import type { WorkshopFile } from './workshop-http';

/**
 * Every file of the built participant page (dist/participant/), by the path a phone asks for;
 * `/` is its index.html. Null when the page has not been built (no index.html there).
 */
export async function readParticipantFiles(
  dir: string,
): Promise<Record<string, WorkshopFile> | null> {
  const files: Record<string, WorkshopFile> = {};
  try {
    await readFolder(dir, '', files);
  } catch {
    return null;
  }
  const index = files['/index.html'];
  if (!index) return null;
  return { ...files, '/': index };
}

// Walked by hand rather than with readdir's `recursive`, which the packaged app's asar archive
// has not always supported.
async function readFolder(dir: string, prefix: string, files: Record<string, WorkshopFile>) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    const path = `${prefix}/${entry.name}`;
    if (entry.isDirectory()) await readFolder(full, path, files);
    else if (entry.isFile())
      files[path] = { body: await readFile(full), contentType: contentTypeOf(full) };
  }
}
