import * as Y from 'yjs';
import { idSchema } from '../model/primitives';
import { BOARD_ROOTS, FACILITATOR, settingsFromJson } from './board-doc';
import { BOARD_LIMITS, type BoardSender, type BoardUpdateCheck } from './board-sync';

// The server's check before it applies and relays an update (electron/services/workshop-server.ts).
// The update is applied to a copy of the board and the two are compared as plain data, so the
// rule is about what changed on the board, not about how a client encoded it.
//
// Text is stored and relayed as typed; markup in it is never parsed. It is escaped where it is
// shown: React escapes text content on every screen (participant page and projector board); a
// card promoted to a measure reaches the Word file through docx, which writes it as text.

type Json = Record<string, unknown>;
type Board = Record<(typeof BOARD_ROOTS)[number], Record<string, unknown>>;

const CARD_KEYS = [
  'text',
  'focusAreaId',
  'authorId',
  'createdAt',
  'parked',
  'accepted',
  'mergedInto',
  'mergedFrom',
  'deleted',
  'owner',
  'targetGroupIds',
  'measureId',
];
/** What a participant may change on their own card after adding it. */
const OWN_CARD_EDITS = new Set(['text', 'focusAreaId', 'deleted']);

export const checkBoardUpdate: BoardUpdateCheck = (board, update, sender) => {
  if (update.byteLength > BOARD_LIMITS.messageBytes) return 'Meldingen er for stor.';
  const after = new Y.Doc();
  try {
    Y.applyUpdate(after, Y.encodeStateAsUpdate(board));
    const before = plain(after);
    Y.applyUpdate(after, update);
    // Left waiting for something the board does not have, it could not be checked now and would
    // slip in unchecked later: the client sends its whole state again instead (sync step 2).
    if (after.store.pendingStructs !== null || after.store.pendingDs !== null) {
      return 'Oppdateringen mangler noe som kom før. Prøv igjen.';
    }
    if ([...after.share.keys()].some((k) => !(BOARD_ROOTS as readonly string[]).includes(k))) {
      return 'Oppdateringen hører ikke til tavla.';
    }
    if (BOARD_ROOTS.some((root) => after.getMap(root)._start !== null)) {
      return 'Oppdateringen hører ikke til tavla.';
    }
    if (sender.kind === 'facilitator') return null;
    const now = plain(after);
    if (!plainEntries(after)) return 'Oppdateringen hører ikke til tavla.';
    return participantRule(before, now, sender);
  } catch {
    return 'Oppdateringen kunne ikke leses.';
  } finally {
    after.destroy();
  }
};

/**
 * Whether every card, participant and vote entry is a Y.Map of plain values. A nested Yjs type (a
 * Y.Text for a card's text, say) reads like plain data in toJSON, so comparing that cannot see
 * it, but it does not read as text on screen. All entries, not only changed ones, for that reason.
 */
function plainEntries(doc: Y.Doc): boolean {
  return (['cards', 'participants', 'votes'] as const).every((root) =>
    [...doc.getMap(root).values()].every(
      (entry) =>
        entry instanceof Y.Map &&
        [...entry.values()].every((value) => !(value instanceof Y.AbstractType)),
    ),
  );
}

function plain(doc: Y.Doc): Board {
  return {
    cards: doc.getMap('cards').toJSON(),
    votes: doc.getMap('votes').toJSON(),
    participants: doc.getMap('participants').toJSON(),
    settings: doc.getMap('settings').toJSON(),
  };
}

function participantRule(
  before: Board,
  after: Board,
  sender: Extract<BoardSender, { kind: 'participant' }>,
): string | null {
  const me = sender.participantId;
  // 'facilitator' is the author id of the facilitator's cards and votes; no participant has it.
  if (me === FACILITATOR) return 'Ukjent deltaker.';
  const was = before.participants[me] as Json | undefined;
  if (was?.removed === true) return 'Du er tatt ut av verkstedet.';
  // A phone that connects sends what it has (sync step 2), before it has joined: often nothing
  // new. Changing nothing harms no one.
  if (same(before, after)) return null;
  if (!same(before.settings, after.settings)) {
    return 'Bare den som leder verkstedet, kan endre innstillingene.';
  }
  return (
    participantsRule(before, after, me) ??
    (after.participants[me] === undefined ? 'Du må bli med i verkstedet først.' : null) ??
    cardsRule(before, after, me) ??
    votesRule(before, after, me)
  );
}

function participantsRule(before: Board, after: Board, me: string): string | null {
  for (const id of changedKeys(before.participants, after.participants)) {
    if (id !== me) return 'Du kan bare endre ditt eget navn.';
    const was = before.participants[id] as Json | undefined;
    const now = after.participants[id] as Json | undefined;
    if (!isObject(now) || !hasKeys(now, ['name', 'joinedAt', 'removed'])) {
      return 'Deltakeren er ikke skrevet riktig.';
    }
    if (was === undefined && settingsFromJson(after.settings).joiningLocked) {
      return 'Verkstedet er stengt for nye deltakere.';
    }
    if (typeof now.name !== 'string' || typeof now.joinedAt !== 'string' || now.removed !== false) {
      return 'Deltakeren er ikke skrevet riktig.';
    }
    if (was !== undefined && was.joinedAt !== now.joinedAt)
      return 'Deltakeren er ikke skrevet riktig.';
    if (now.name.length > BOARD_LIMITS.nameLength) {
      return `Navnet er for langt (høyst ${BOARD_LIMITS.nameLength} tegn).`;
    }
  }
  return null;
}

function cardsRule(before: Board, after: Board, me: string): string | null {
  const areas = new Set(settingsFromJson(after.settings).focusAreas.map((a) => a.id));
  for (const id of changedKeys(before.cards, after.cards)) {
    const was = before.cards[id] as Json | undefined;
    const now = after.cards[id] as Json | undefined;
    if ((was !== undefined && was.authorId !== me) || !isObject(now) || now.authorId !== me) {
      return 'Du kan bare endre dine egne ideer.';
    }
    // The id becomes the card's id in the plan file, so it must be one the plan accepts.
    if (!hasKeys(now, CARD_KEYS) || !idSchema.safeParse(id).success) {
      return 'Ideen er ikke skrevet riktig.';
    }
    const fresh = {
      parked: false,
      accepted: false,
      mergedInto: null,
      owner: null,
      measureId: null,
    };
    const untouched =
      was === undefined
        ? Object.entries(fresh).every(([k, v]) => now[k] === v) &&
          same(now.mergedFrom, []) &&
          same(now.targetGroupIds, []) &&
          now.deleted === false &&
          typeof now.createdAt === 'string'
        : CARD_KEYS.every((k) => OWN_CARD_EDITS.has(k) || same(was[k], now[k]));
    if (!untouched)
      return 'Bare den som leder verkstedet, kan flytte, slå sammen eller velge ideer.';
    if (was !== undefined && was.measureId !== null) return 'Ideen er allerede gjort til tiltak.';
    if (was?.deleted === true && now.deleted !== true)
      return 'En slettet idé kan ikke hentes tilbake.';
    if (typeof now.deleted !== 'boolean') return 'Ideen er ikke skrevet riktig.';
    if (typeof now.text !== 'string' || now.text.trim() === '') return 'Ideen er tom.';
    if (now.text.length > BOARD_LIMITS.ideaLength) {
      return `Ideen er for lang (høyst ${BOARD_LIMITS.ideaLength} tegn).`;
    }
    if (now.focusAreaId !== null && !areas.has(now.focusAreaId as string)) {
      return 'Innsatsområdet finnes ikke på tavla.';
    }
  }
  const mine = (cards: Record<string, unknown>) =>
    Object.values(cards).filter((c) => isObject(c) && c.authorId === me && c.deleted !== true)
      .length;
  // Deleted ideas stay in the document, so adding and deleting cannot go on without end.
  const written = Object.values(after.cards).filter((c) => isObject(c) && c.authorId === me);
  if (written.length > BOARD_LIMITS.ideasWrittenPerParticipant) {
    return `Du har skrevet ${BOARD_LIMITS.ideasWrittenPerParticipant} ideer, som er det meste én deltaker kan skrive.`;
  }
  const count = mine(after.cards);
  if (count > BOARD_LIMITS.ideasPerParticipant && count > mine(before.cards)) {
    return `Du har nådd grensen på ${BOARD_LIMITS.ideasPerParticipant} ideer.`;
  }
  return null;
}

function votesRule(before: Board, after: Board, me: string): string | null {
  for (const id of changedKeys(before.votes, after.votes)) {
    if (id !== me) return 'Du kan bare gi dine egne stemmer.';
  }
  const now = after.votes[me];
  if (now === undefined || same(before.votes[me], now)) return null;
  if (!isObject(now)) return 'Stemmene er ikke skrevet riktig.';
  const was = (before.votes[me] ?? {}) as Json;
  const counted = (votes: Json) =>
    Object.entries(votes).reduce((sum, [cardId, n]) => {
      const card = after.cards[cardId];
      return isObject(card) && card.deleted !== true && typeof n === 'number' ? sum + n : sum;
    }, 0);
  let used = 0;
  for (const [cardId, n] of Object.entries(now)) {
    // Taking back the last vote deletes the key (board-actions.ts), so 0 is never stored: keys
    // with nothing in them would only make the board grow.
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 1) {
      return 'Stemmene er ikke skrevet riktig.';
    }
    const card = after.cards[cardId] as Json | undefined;
    const grew = n > (typeof was[cardId] === 'number' ? was[cardId] : 0);
    // A vote on a card deleted meanwhile is let through: it counts for nothing (board-read.ts), and
    // refusing it would leave a voter who raced a deletion out of step with the board.
    if (grew && !isObject(card)) return 'Ideen finnes ikke.';
    if (isObject(card) && card.deleted !== true) used += n;
  }
  const limit = settingsFromJson(after.settings).votesPerPerson;
  // Only more votes are refused: after the facilitator lowers the limit, votes can still go back.
  if (used > limit && used > counted(was)) return `Du har bare ${limit} stemmer å gi.`;
  return null;
}

function changedKeys(a: Record<string, unknown>, b: Record<string, unknown>): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => !same(a[k], b[k]));
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function hasKeys(v: Json, keys: string[]): boolean {
  const own = Object.keys(v);
  return own.length === keys.length && keys.every((k) => own.includes(k));
}
