import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as Y from 'yjs';
import type { Workshop } from '#shared/model/workshop';
import { newWorkshopCard } from '#shared/plan/workshop-operations';

// What the workshop host's tests, their child process and the bench share (no vitest here).

export const testWorkshop: Workshop = {
  id: 'verksted-1',
  title: 'Idémyldring om boliger',
  date: '2026-12-05',
  focusAreaId: null,
  votesPerPerson: 3,
  participants: 0,
  cards: [newWorkshopCard('kort-1', 'Boligtorg i sentrum', { votes: 2 })],
  notes: '',
};

/** A tiny built participant page, as `vite build` would leave in dist/participant/. */
export async function writeParticipantPage(dir: string) {
  await mkdir(join(dir, 'assets'), { recursive: true });
  await writeFile(join(dir, 'index.html'), '<!doctype html><title>Verksted</title>');
  await writeFile(join(dir, 'assets', 'deltaker.js'), 'export {};');
}

/** The board kept in the plan file on disk (read from the file, not from the app). */
export async function boardInFile(path: string, workshopId: string) {
  const file = JSON.parse(await readFile(path, 'utf8')) as {
    boards?: Record<string, { state: { gzip: string }; port: number; joinToken: string }>;
  };
  const kept = file.boards?.[workshopId];
  if (!kept) return null;
  const doc = new Y.Doc();
  Y.applyUpdate(doc, new Uint8Array(gunzipSync(Buffer.from(kept.state.gzip, 'base64'))));
  return { kept, doc };
}
