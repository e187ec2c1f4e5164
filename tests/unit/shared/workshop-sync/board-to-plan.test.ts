import { newWorkshopCard } from '#shared/plan/workshop-operations';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { workshopSchema, type Workshop, type WorkshopCard } from '#shared/model/workshop';
import { addIdea, deleteIdea, joinBoard, vote } from '#shared/workshop-sync/board-actions';
import { FACILITATOR } from '#shared/workshop-sync/board-doc';
import { changeIdea, mergeIdeas, removeParticipant } from '#shared/workshop-sync/board-facilitator';
import { readBoard } from '#shared/workshop-sync/board-read';
import { boardFromWorkshop, workshopFromBoard } from '#shared/workshop-sync/board-to-plan';

const areas = [
  { id: 'area1', name: 'Egnede boliger' },
  { id: 'area2', name: 'Booppfølging' },
];
const at = (minute: number) => new Date(Date.UTC(2026, 11, 5, 10, minute));

function card(id: string, fields: Partial<WorkshopCard> = {}): WorkshopCard {
  return newWorkshopCard(id, `Kort ${id}`, { focusAreaId: 'area1', ...fields });
}

const workshop: Workshop = {
  id: 'w1',
  title: 'Verksted om boliger',
  date: '2026-12-05',
  focusAreaId: null,
  votesPerPerson: 3,
  participants: 8,
  cards: [
    card('c1', { votes: 4, owner: { kind: 'partner', id: 'nav' }, targetGroupIds: ['tg1'] }),
    card('c2', { parked: true, focusAreaId: 'area2' }),
    card('c3', { accepted: true, mergedFrom: ['Eldre tekst'], measureId: 'm1', votes: 2 }),
  ],
  notes: 'Notater fra rommet',
};

describe('board ↔ plan', () => {
  it('a workshop survives the round trip through a board unchanged', () => {
    const board = boardFromWorkshop(workshop, areas);
    expect(workshopFromBoard(workshop, board)).toEqual(workshop);
    // Also after the board has travelled as Yjs state (how it is stored and reopened).
    const reopened = new Y.Doc();
    Y.applyUpdate(reopened, Y.encodeStateAsUpdate(board));
    expect(workshopFromBoard(workshop, reopened)).toEqual(workshop);
  });

  it('starts the board with the workshop’s cards in plan order, its votes and settings', () => {
    const view = readBoard(boardFromWorkshop(workshop, areas));
    expect(view.cards.map((c) => [c.id, c.votes, c.authorId])).toEqual([
      ['c1', 4, FACILITATOR],
      ['c2', 0, FACILITATOR],
      ['c3', 2, FACILITATOR],
    ]);
    expect(view.settings).toMatchObject({ title: 'Verksted om boliger', votesPerPerson: 3 });
    expect(view.settings.focusAreas).toEqual(areas);
  });

  it('brings what participants and the facilitator did on the board into the plan', () => {
    const board = boardFromWorkshop(workshop, areas);
    joinBoard(board, 'kari', 'Kari', at(0));
    joinBoard(board, 'ola', 'Ola', at(0));
    addIdea(board, 'kari', 'Housing first', 'area2', 'k1', at(1));
    addIdea(board, 'ola', 'Fjernes', null, 'o1', at(2));
    addIdea(board, 'kari', 'Slettes', null, 'k2', at(3));
    vote(board, 'kari', 'c1', 1);
    vote(board, 'ola', 'k1', 1);
    vote(board, 'kari', 'c2', 1);
    deleteIdea(board, 'k2');
    mergeIdeas(board, 'c1', 'c2');
    changeIdea(board, 'k1', { accepted: true });
    removeParticipant(board, 'ola');

    const next = workshopFromBoard(workshop, board);
    expect(workshopSchema.parse(next)).toEqual(next);
    expect(next.cards).toEqual([
      card('c1', {
        text: 'Kort c1\nKort c2',
        votes: 6,
        owner: { kind: 'partner', id: 'nav' },
        targetGroupIds: ['tg1'],
        mergedFrom: ['Kort c2'],
      }),
      workshop.cards[2],
      card('k1', { text: 'Housing first', focusAreaId: 'area2', accepted: true, votes: 0 }),
    ]);
    expect(next.participants).toBe(8);
  });

  it('keeps cards the board never had, and counts the people who joined', () => {
    const board = boardFromWorkshop({ ...workshop, cards: [] }, areas);
    for (let i = 0; i < 10; i++) joinBoard(board, `p${i}`, '', at(i));
    const next = workshopFromBoard(workshop, board);
    expect(next.cards).toEqual(workshop.cards);
    expect(next.participants).toBe(10);
  });
});
