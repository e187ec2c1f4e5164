import { CURRENT_SCHEMA_VERSION } from '../model/plan';
import { migrateV1Reports } from './migrate-v1-reports';
import { migrateV2Guidance } from './migrate-v2-guidance';

/** Turns a file of version N into version N + 1. Keyed by N. */
export type Migration = (doc: Record<string, unknown>) => Record<string, unknown>;

/**
 * The migrations this build knows, keyed by the version they read. When the format changes in a
 * way a default cannot cover, add a step here and raise CURRENT_SCHEMA_VERSION.
 * 1 → 2: status reports get a period and a snapshot of each measure (follow-up after adoption).
 * 2 → 3: the templates' untouched writing prompts become guidance blocks, and their untouched
 * example people and indicator figures get an example marker.
 */
export const planMigrations: Record<number, Migration> = {
  1: migrateV1Reports,
  2: migrateV2Guidance,
};

export type MigrationResult =
  | { ok: true; doc: Record<string, unknown>; fromVersion: number }
  | {
      ok: false;
      reason: 'missing-version' | 'newer' | 'no-migration' | 'failed';
      version?: number;
    };

export function migratePlanDocument(
  doc: Record<string, unknown>,
  migrations: Record<number, Migration> = planMigrations,
  currentVersion: number = CURRENT_SCHEMA_VERSION,
): MigrationResult {
  const version = doc.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, reason: 'missing-version' };
  }
  if (version > currentVersion) return { ok: false, reason: 'newer', version };
  let current = doc;
  for (let v = version; v < currentVersion; v++) {
    const step = migrations[v];
    if (!step) return { ok: false, reason: 'no-migration', version: v };
    // A step is written for well-formed old files; a hand-edited one may break it. Refuse, not throw.
    try {
      current = { ...step(current), schemaVersion: v + 1 };
    } catch {
      return { ok: false, reason: 'failed', version: v };
    }
  }
  return { ok: true, doc: current, fromVersion: version };
}
