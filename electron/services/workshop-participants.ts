import { randomBytes } from 'node:crypto';
import { createSecret, sameSecret } from './workshop-join';

/** A participant as the server knows them: the id on their cards and the secret only their device holds. */
export interface ParticipantRecord {
  participantId: string;
  secret: string;
}

export type Rejoin =
  { kind: 'known'; participantId: string } | { kind: 'removed' | 'unknown' | 'wrong-secret' };

/**
 * Who has joined this workshop. A phone that loses the network comes back with its id and secret
 * and keeps its id (and so its own cards); a removed participant stays refused.
 */
export function createParticipantRegistry(known: Iterable<ParticipantRecord> = []) {
  const secrets = new Map<string, string>();
  const removed = new Set<string>();
  for (const record of known) secrets.set(record.participantId, record.secret);
  return {
    join(): ParticipantRecord {
      const record = {
        participantId: `p-${randomBytes(9).toString('base64url')}`,
        secret: createSecret(),
      };
      secrets.set(record.participantId, record.secret);
      return record;
    },
    rejoin(participantId: string, secret: string): Rejoin {
      if (removed.has(participantId)) return { kind: 'removed' };
      const expected = secrets.get(participantId);
      if (expected === undefined) return { kind: 'unknown' };
      if (!sameSecret(secret, expected)) return { kind: 'wrong-secret' };
      return { kind: 'known', participantId };
    },
    remove(participantId: string) {
      removed.add(participantId);
      secrets.delete(participantId);
    },
    records(): ParticipantRecord[] {
      return [...secrets].map(([participantId, secret]) => ({ participantId, secret }));
    },
  };
}
