import { describe, expect, it } from 'vitest';
import {
  addIdea,
  deleteIdea,
  editIdea,
  ideaTextProblem,
  joinBoard,
  newIdeaProblem,
  vote,
} from '#shared/workshop-sync/board-actions';
import { FACILITATOR, createBoard } from '#shared/workshop-sync/board-doc';
import {
  changeIdea,
  lockJoining,
  mergeIdeas,
  removeParticipant,
  revealTotals,
  setBoardSettings,
} from '#shared/workshop-sync/board-facilitator';
import { ownVotes, readBoard } from '#shared/workshop-sync/board-read';
import { BOARD_LIMITS } from '#shared/workshop-sync/board-sync';

const at = (minute: number) => new Date(Date.UTC(2026, 11, 5, 9, minute));
const areas = [
  { id: 'area1', name: 'Egnede boliger' },
  { id: 'area2', name: 'Booppfølging' },
];

function board() {
  const doc = createBoard({ title: 'Verksted', votesPerPerson: 2, focusAreas: areas });
  joinBoard(doc, 'kari', 'Kari', at(0));
  joinBoard(doc, 'ola', '', at(1));
  return doc;
}

describe('participant actions', () => {
  it('joins with an optional name, renames, and is listed in joining order', () => {
    const doc = board();
    expect(readBoard(doc).participants).toEqual([
      { id: 'kari', name: 'Kari', joinedAt: at(0).toISOString() },
      { id: 'ola', name: '', joinedAt: at(1).toISOString() },
    ]);
    expect(joinBoard(doc, 'ola', '  Ola  ')).toBe(true);
    expect(readBoard(doc).participants[1]!.name).toBe('Ola');
    expect(joinBoard(doc, 'ola', 'Ola')).toBe(false);
    expect(readBoard(doc).counts.participants).toBe(2);
  });

  it('cannot join while joining is locked', () => {
    const doc = board();
    lockJoining(doc, true);
    expect(joinBoard(doc, 'per', 'Per')).toBe(false);
    expect(readBoard(doc).participants.map((p) => p.id)).toEqual(['kari', 'ola']);
  });

  it('adds, edits and deletes an idea, read back as typed', () => {
    const doc = board();
    const id = addIdea(doc, 'kari', '  Flere utleieboliger <b>nå</b> ', 'area1', 'c1', at(2));
    expect(id).toBe('c1');
    expect(readBoard(doc).cards).toEqual([
      {
        id: 'c1',
        text: 'Flere utleieboliger <b>nå</b>',
        focusAreaId: 'area1',
        authorId: 'kari',
        createdAt: at(2).toISOString(),
        parked: false,
        accepted: false,
        mergedFrom: [],
        owner: null,
        targetGroupIds: [],
        measureId: null,
        votes: 0,
      },
    ]);
    expect(editIdea(doc, 'c1', 'Flere utleieboliger', null)).toBe(true);
    expect(readBoard(doc).cards[0]).toMatchObject({
      text: 'Flere utleieboliger',
      focusAreaId: null,
    });
    expect(editIdea(doc, 'c1', '   ')).toBe(false);
    expect(deleteIdea(doc, 'c1')).toBe(true);
    expect(readBoard(doc).cards).toEqual([]);
    expect(deleteIdea(doc, 'c1')).toBe(false);
  });

  it('refuses an empty idea, one too long, and more than the ideas allowed', () => {
    const doc = board();
    expect(addIdea(doc, 'kari', '   ', null)).toBeNull();
    expect(addIdea(doc, 'kari', 'x'.repeat(BOARD_LIMITS.ideaLength + 1), null)).toBeNull();
    expect(addIdea(doc, 'kari', 'x'.repeat(BOARD_LIMITS.ideaLength), null)).not.toBeNull();
    for (let i = 1; i < BOARD_LIMITS.ideasPerParticipant; i++)
      addIdea(doc, 'kari', `Idé ${i}`, null);
    expect(addIdea(doc, 'kari', 'En til', null)).toBeNull();
    // The page says why, with the same limits, before anything is sent.
    expect(newIdeaProblem(doc, 'kari', 'En til')).toBe(
      'Du har nådd grensen på 20 ideer. Slett en idé for å skrive en ny.',
    );
    expect(newIdeaProblem(doc, 'ola', 'Olas første')).toBeNull();
    expect(ideaTextProblem('   ')).toBe('Skriv ideen først.');
    expect(ideaTextProblem('x'.repeat(281))).toBe(
      'Ideen er for lang: 281 tegn, høyst 280. Gjør den kortere.',
    );
    expect(addIdea(doc, FACILITATOR, 'Fra tavla', null)).not.toBeNull();
    expect(readBoard(doc).counts.cards).toBe(BOARD_LIMITS.ideasPerParticipant + 1);
  });

  it('stops at the ideas one may write in all, deleted ones included', () => {
    const doc = board();
    for (let i = 0; i < BOARD_LIMITS.ideasWrittenPerParticipant; i++) {
      deleteIdea(doc, addIdea(doc, 'kari', `Idé ${i}`, null)!);
    }
    expect(addIdea(doc, 'kari', 'En til', null)).toBeNull();
    expect(newIdeaProblem(doc, 'kari', 'En til')).toBe(
      'Du har skrevet 60 ideer, som er det meste én deltaker kan skrive.',
    );
    expect(addIdea(doc, 'ola', 'Olas første', null)).not.toBeNull();
  });

  it('votes within votesPerPerson, takes votes back, never below zero', () => {
    const doc = board();
    addIdea(doc, 'kari', 'A', 'area1', 'a', at(2));
    addIdea(doc, 'ola', 'B', 'area2', 'b', at(3));
    expect(vote(doc, 'ola', 'a', 1)).toBe(true);
    expect(vote(doc, 'ola', 'a', 1)).toBe(true);
    expect(vote(doc, 'ola', 'b', 1)).toBe(false);
    expect(ownVotes(doc, 'ola')).toEqual({ perCard: { a: 2 }, used: 2, left: 0 });
    expect(vote(doc, 'ola', 'a', -1)).toBe(true);
    expect(vote(doc, 'ola', 'b', 1)).toBe(true);
    expect(vote(doc, 'kari', 'b', -1)).toBe(false);
    expect(vote(doc, FACILITATOR, 'b', 1)).toBe(true);
    expect(readBoard(doc).cards.map((c) => [c.id, c.votes])).toEqual([
      ['a', 1],
      ['b', 2],
    ]);
    expect(readBoard(doc).counts.votesCast).toBe(3);
  });
});

describe('facilitator actions', () => {
  it('hides totals from participants until revealed, the facilitator still sees them', () => {
    const doc = board();
    addIdea(doc, 'kari', 'A', 'area1', 'a', at(2));
    vote(doc, 'ola', 'a', 1);
    setBoardSettings(doc, { totalsHidden: true });
    expect(readBoard(doc).cards[0]!.votes).toBeNull();
    expect(readBoard(doc, { showHiddenTotals: true }).cards[0]!.votes).toBe(1);
    expect(ownVotes(doc, 'ola').used).toBe(1);
    revealTotals(doc);
    expect(readBoard(doc).cards[0]!.votes).toBe(1);
  });

  it('changes settings', () => {
    const doc = board();
    setBoardSettings(doc, { votesPerPerson: 5, joiningLocked: true });
    expect(readBoard(doc).settings).toEqual({
      title: 'Verksted',
      votesPerPerson: 5,
      totalsHidden: false,
      joiningLocked: true,
      focusAreas: areas,
    });
  });

  it('removes a participant with their cards and votes; they cannot rejoin', () => {
    const doc = board();
    addIdea(doc, 'kari', 'A', 'area1', 'a', at(2));
    addIdea(doc, 'ola', 'B', 'area1', 'b', at(3));
    vote(doc, 'ola', 'a', 1);
    vote(doc, 'kari', 'a', 1);
    expect(removeParticipant(doc, 'ola')).toBe(true);
    const view = readBoard(doc);
    expect(view.cards.map((c) => [c.id, c.votes])).toEqual([['a', 1]]);
    expect(view.participants.map((p) => p.id)).toEqual(['kari']);
    expect(joinBoard(doc, 'ola', 'Ola igjen')).toBe(false);
    expect(removeParticipant(doc, 'ola')).toBe(false);
  });

  it('merges as the plan does: texts joined, votes summed, mergedFrom kept', () => {
    const doc = board();
    addIdea(doc, 'kari', 'Flere boliger', 'area1', 'a', at(2));
    addIdea(doc, 'ola', 'Bygge mer', 'area1', 'b', at(3));
    vote(doc, 'kari', 'b', 1);
    vote(doc, 'ola', 'a', 1);
    changeIdea(doc, 'b', { owner: { kind: 'partner', id: 'nav' }, targetGroupIds: ['tg1'] });
    expect(mergeIdeas(doc, 'a', 'b')).toBe(true);
    expect(readBoard(doc).cards).toEqual([
      expect.objectContaining({
        id: 'a',
        text: 'Flere boliger\nBygge mer',
        mergedFrom: ['Bygge mer'],
        owner: { kind: 'partner', id: 'nav' },
        targetGroupIds: ['tg1'],
        votes: 2,
      }),
    ]);
    expect(mergeIdeas(doc, 'a', 'b')).toBe(false);
    // The voter's own vote on the merged card still counts against their votes.
    expect(ownVotes(doc, 'kari')).toEqual({ perCard: { b: 1 }, used: 1, left: 1 });
  });

  it('parks, accepts, moves and links a card to its measure', () => {
    const doc = board();
    addIdea(doc, 'kari', 'A', null, 'a', at(2));
    expect(changeIdea(doc, 'a', { parked: true, accepted: true, focusAreaId: 'area2' })).toBe(true);
    expect(changeIdea(doc, 'a', { parked: true })).toBe(false);
    changeIdea(doc, 'a', { measureId: 'm1' });
    // Its text stays as it was promoted, as in the plan.
    expect(editIdea(doc, 'a', 'Nytt')).toBe(false);
    expect(readBoard(doc).cards[0]).toMatchObject({
      parked: true,
      accepted: true,
      focusAreaId: 'area2',
      measureId: 'm1',
    });
  });
});
