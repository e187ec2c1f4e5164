import { join } from 'node:path';
import { readParticipantFiles } from '../../electron/services/participant-files';
import type { WorkshopFile } from '../../electron/services/workshop-server';

/** The built participant page (npm run build → dist/participant/) as the app serves it. */
export async function participantPageFiles(
  dir = join(process.cwd(), 'dist', 'participant'),
): Promise<Record<string, WorkshopFile>> {
  const files = await readParticipantFiles(dir);
  if (!files) throw new Error('Deltakersiden er ikke bygget: kjør «npm run build».');
  return files;
}
