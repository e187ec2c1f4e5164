import { z } from 'zod';
import { isoDateTimeSchema } from './primitives';

// The shared workshop boards kept beside the draft (issue 18, docs/workshop-sync.md): while
// participants join from their phones, the main process writes the board's Yjs state here within
// a second of every change, so a crash loses nothing received and reopening the plan continues
// the same workshop (same address, QR code, join code and participant ids). Written only by the
// main process; the window never sends it.

/** One workshop's board as kept in the file, under the workshop's id. */
export const keptBoardSchema = z.strictObject({
  /** The board's Yjs state (Y.encodeStateAsUpdate), gzip in base64 like a version's content. */
  state: z.strictObject({ gzip: z.string().min(1) }),
  /** The port the board's server listened on, taken again when it is free. */
  port: z.int().min(0).max(65535),
  /** The token in the QR code and the code on the wall, valid again after a restart. */
  joinToken: z.string().min(1).max(100),
  joinCode: z.string().min(1).max(16),
  /** Who joined, with the secret their phone holds, so phones keep their ids. */
  participants: z
    .array(z.strictObject({ id: z.string().min(1).max(64), secret: z.string().min(1).max(100) }))
    .max(10_000),
  savedAt: isoDateTimeSchema,
});
export type KeptBoard = z.infer<typeof keptBoardSchema>;

/**
 * As read from a file: each entry stays as found and is checked only when its workshop is
 * continued, so one damaged board never keeps the plan from opening and is written back as it was.
 */
export const planBoardsSchema = z.record(z.string().max(64), z.unknown()).default({});
export type PlanBoards = Record<string, unknown>;

/** The boards as the JSON Schema describes them (the file format, not the lenient reading). */
export const planBoardsFileSchema = z.record(z.string().max(64), keptBoardSchema).optional();
