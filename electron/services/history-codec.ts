import { gunzipSync, gzipSync } from 'node:zlib';
import type { PlanHistory, StoredVersion } from '#shared/model/plan-history';

// A version's content (the newest one's whole plan, the older ones' patches) is stored as gzip
// in base64: `{ "gzip": "H4sI…" }`. It is written once and never read by people, and gzip
// makes a 500-measure plan's snapshot about a seventh of its JSON, which keeps a file with three
// versions and 5 000 log entries under three times the plan alone (docs/versions-plan.md). The
// draft and the change log stay plain JSON. Any tool reads it: base64 -d | gunzip. A kept
// workshop board's state is packed the same way (packBytes).

export interface Packed {
  gzip: string;
}

function isPacked(value: unknown): value is Packed {
  return (
    value !== null &&
    typeof value === 'object' &&
    Object.keys(value).length === 1 &&
    typeof (value as Packed).gzip === 'string'
  );
}

/** Bytes as the file keeps them packed (a kept workshop board's Yjs state, kept-board.ts). */
export function packBytes(bytes: Uint8Array): Packed {
  return { gzip: gzipSync(bytes).toString('base64') };
}

/** Throws when the packed bytes cannot be unpacked. */
export function unpackBytes(packed: Packed): Uint8Array {
  return new Uint8Array(gunzipSync(Buffer.from(packed.gzip, 'base64')));
}

/** Content already packed (read from a file or packed at an earlier save): packed once only. */
const packedOf = new WeakMap<object, Packed>();

function pack(content: unknown): unknown {
  if (content === null || typeof content !== 'object' || isPacked(content)) return content;
  let packed = packedOf.get(content);
  if (!packed) {
    packed = packBytes(Buffer.from(JSON.stringify(content)));
    packedOf.set(content, packed);
  }
  return packed;
}

/** Throws when the content cannot be unpacked; the reader says the history is damaged. */
function unpack(stored: unknown): unknown {
  if (!isPacked(stored)) return stored;
  const content: unknown = JSON.parse(Buffer.from(unpackBytes(stored)).toString());
  if (content !== null && typeof content === 'object') packedOf.set(content, stored);
  return content;
}

function mapContent(version: StoredVersion, map: (content: unknown) => unknown): StoredVersion {
  const mapped = { ...version };
  if ('snapshot' in version) mapped.snapshot = map(version.snapshot);
  if ('patch' in version) mapped.patch = map(version.patch);
  return mapped;
}

export function packHistory(history: PlanHistory): PlanHistory {
  return { ...history, versions: history.versions.map((v) => mapContent(v, pack)) };
}

export function unpackHistory(history: PlanHistory): PlanHistory {
  return { ...history, versions: history.versions.map((v) => mapContent(v, unpack)) };
}
