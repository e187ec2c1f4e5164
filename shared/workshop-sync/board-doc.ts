import * as Y from 'yjs';
import type { PartyRef } from '../model/primitives';

// The shared workshop board: one Y.Doc per board, four root maps keyed by stable ids, so every
// participant writes only under keys that are theirs (their cards, their votes, their entry) and
// concurrent edits never touch the same key. See docs/workshop-sync.md.
//
// Cards are never removed from the map: deleting, removing a participant and merging set a flag,
// so the plan file (board-to-plan.ts) can tell a card deleted on the board from one the board
// never had.

/** Who wrote a card: a participant's id, or the facilitator. */
export const FACILITATOR = 'facilitator';

export interface BoardFocusArea {
  id: string;
  name: string;
}

export interface BoardSettings {
  title: string;
  votesPerPerson: number;
  /** Vote totals are hidden from participants until the facilitator reveals them. */
  totalsHidden: boolean;
  joiningLocked: boolean;
  /** The focus areas participants may file an idea under (none: the whole plan only). */
  focusAreas: BoardFocusArea[];
}

/** A card as it is stored (the fields of its Y.Map). */
export interface BoardCardFields {
  text: string;
  focusAreaId: string | null;
  authorId: string;
  createdAt: string;
  parked: boolean;
  accepted: boolean;
  /** The card this one was merged into (it is then shown only as part of that card). */
  mergedInto: string | null;
  /** Texts of the cards merged into this one, as they were typed. */
  mergedFrom: string[];
  deleted: boolean;
  owner: PartyRef | null;
  targetGroupIds: string[];
  measureId: string | null;
}

export interface BoardParticipantFields {
  name: string;
  joinedAt: string;
  removed: boolean;
}

export type BoardMap = Y.Map<unknown>;

export const cardsOf = (doc: Y.Doc) => doc.getMap<BoardMap>('cards');
/** participantId → (cardId → number of votes). */
export const votesOf = (doc: Y.Doc) => doc.getMap<Y.Map<number>>('votes');
export const participantsOf = (doc: Y.Doc) => doc.getMap<BoardMap>('participants');
export const settingsOf = (doc: Y.Doc) => doc.getMap<unknown>('settings');
/** The names of the root maps; an update that brings any other root is refused. */
export const BOARD_ROOTS = ['cards', 'votes', 'participants', 'settings'] as const;

export const DEFAULT_SETTINGS: BoardSettings = {
  title: '',
  votesPerPerson: 3,
  totalsHidden: false,
  joiningLocked: false,
  focusAreas: [],
};

/** A new, empty board with its settings. */
export function createBoard(settings: Partial<BoardSettings> = {}): Y.Doc {
  const doc = new Y.Doc();
  doc.transact(() => {
    const map = settingsOf(doc);
    for (const [key, value] of Object.entries({ ...DEFAULT_SETTINGS, ...settings })) {
      map.set(key, value);
    }
  });
  return doc;
}

// Reading is defensive: a field of the wrong type reads as its default, so a broken client can
// never make a screen throw. What may be written at all is checked in board-rules.ts.
const str = (v: unknown, fallback = ''): string => (typeof v === 'string' ? v : fallback);
const strOrNull = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const bool = (v: unknown): boolean => v === true;
const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : [];
const count = (v: unknown): number =>
  typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : 0;

function partyRef(v: unknown): PartyRef | null {
  if (typeof v !== 'object' || v === null) return null;
  const { kind, id } = v as Record<string, unknown>;
  return (kind === 'person' || kind === 'body' || kind === 'partner') && typeof id === 'string'
    ? { kind, id }
    : null;
}

export function readCardFields(map: BoardMap): BoardCardFields {
  return {
    text: str(map.get('text')),
    focusAreaId: strOrNull(map.get('focusAreaId')),
    authorId: str(map.get('authorId')),
    createdAt: str(map.get('createdAt')),
    parked: bool(map.get('parked')),
    accepted: bool(map.get('accepted')),
    mergedInto: strOrNull(map.get('mergedInto')),
    mergedFrom: strings(map.get('mergedFrom')),
    deleted: bool(map.get('deleted')),
    owner: partyRef(map.get('owner')),
    targetGroupIds: strings(map.get('targetGroupIds')),
    measureId: strOrNull(map.get('measureId')),
  };
}

export function readSettings(doc: Y.Doc): BoardSettings {
  return settingsFromJson(settingsOf(doc).toJSON());
}

/** The settings from their plain form (as the update check compares them). */
export function settingsFromJson(json: Record<string, unknown>): BoardSettings {
  const areas = json.focusAreas;
  return {
    title: str(json.title),
    votesPerPerson: count(json.votesPerPerson),
    totalsHidden: bool(json.totalsHidden),
    joiningLocked: bool(json.joiningLocked),
    focusAreas: Array.isArray(areas)
      ? areas.flatMap((a: unknown) => {
          const { id, name } = (a ?? {}) as Record<string, unknown>;
          return typeof id === 'string' ? [{ id, name: str(name) }] : [];
        })
      : [],
  };
}

export function readParticipant(map: BoardMap): BoardParticipantFields {
  return {
    name: str(map.get('name')),
    joinedAt: str(map.get('joinedAt')),
    removed: bool(map.get('removed')),
  };
}

/** Whether the author of a card may still be on the board (the facilitator always is). */
export function authorPresent(doc: Y.Doc, authorId: string): boolean {
  if (authorId === FACILITATOR) return true;
  const entry = participantsOf(doc).get(authorId);
  return entry instanceof Y.Map && !readParticipant(entry).removed;
}

// The facilitator's votes are the plan's total minus the participants' (board-bridge.ts), so they
// go below zero when the facilitator takes away votes a participant gave.
const facilitatorCount = (v: unknown): number =>
  typeof v === 'number' && Number.isInteger(v) ? v : 0;

/** The votes one voter has given, per card (a voter removed from the board has none). */
export function votesBy(doc: Y.Doc, voterId: string): Map<string, number> {
  const map = votesOf(doc).get(voterId);
  if (!(map instanceof Y.Map) || !authorPresent(doc, voterId)) return new Map();
  const read = voterId === FACILITATOR ? facilitatorCount : count;
  return new Map([...map.entries()].map(([cardId, n]) => [cardId, read(n)]));
}
