import { readdir, readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { WorkshopFile } from '../../electron/services/workshop-server';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/**
 * The built participant page (npm run build → dist/participant/) as the workshop server's
 * `files`: the page at «/», its assets under «/assets/». Nothing else is in the folder.
 */
export async function participantPageFiles(
  dir = join(process.cwd(), 'dist', 'participant'),
): Promise<Record<string, WorkshopFile>> {
  const files: Record<string, WorkshopFile> = {
    '/': { body: await readFile(join(dir, 'participant.html')), contentType: types['.html']! },
  };
  for (const name of await readdir(join(dir, 'assets'))) {
    const contentType = types[extname(name)];
    if (!contentType) throw new Error(`Ukjent filtype i deltakersiden: ${name}`);
    files[`/assets/${name}`] = { body: await readFile(join(dir, 'assets', name)), contentType };
  }
  return files;
}
