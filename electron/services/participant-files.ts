import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { contentTypeOf } from '../content-types';
import type { WorkshopFile } from './workshop-http';

/**
 * Every file of the built participant page (dist/participant/), by the path a phone asks for;
 * `/` is its index.html. Null when the page has not been built (no index.html there).
 */
export async function readParticipantFiles(
  dir: string,
): Promise<Record<string, WorkshopFile> | null> {
  let names: string[];
  try {
    names = await readdir(dir, { recursive: true });
  } catch {
    return null;
  }
  const files: Record<string, WorkshopFile> = {};
  for (const name of names) {
    const full = join(dir, name);
    let body: Buffer;
    try {
      body = await readFile(full);
    } catch {
      continue; // a folder
    }
    const path = `/${relative(dir, full).split(sep).join('/')}`;
    files[path] = { body, contentType: contentTypeOf(full) };
  }
  const index = files['/index.html'];
  if (!index) return null;
  return { ...files, '/': index };
}
