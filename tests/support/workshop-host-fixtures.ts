import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Workshop } from '#shared/model/workshop';

// What the workshop host's tests and their child process share (no vitest here).

export const testWorkshop: Workshop = {
  id: 'verksted-1',
  title: 'Idémyldring om boliger',
  date: '2026-12-05',
  focusAreaId: null,
  votesPerPerson: 3,
  participants: 0,
  cards: [
    {
      id: 'kort-1',
      text: 'Boligtorg i sentrum',
      focusAreaId: null,
      parked: false,
      votes: 2,
      owner: null,
      targetGroupIds: [],
      measureId: null,
      accepted: false,
      mergedFrom: [],
    },
  ],
  notes: '',
};

/** A tiny built participant page, as `vite build` would leave in dist/participant/. */
export async function writeParticipantPage(dir: string) {
  await mkdir(join(dir, 'assets'), { recursive: true });
  await writeFile(join(dir, 'index.html'), '<!doctype html><title>Verksted</title>');
  await writeFile(join(dir, 'assets', 'deltaker.js'), 'export {};');
}
