import { describe, expect, it } from 'vitest';
import { addIdea, joinBoard } from '#shared/workshop-sync/board-actions';
import { FACILITATOR, createBoard } from '#shared/workshop-sync/board-doc';
import { removeParticipant } from '#shared/workshop-sync/board-facilitator';
import {
  newCardsMessage,
  participantRows,
} from '../../../../../../renderer/src/pages/workshop/sharing/sharing-view';

const at = (minute: number) => new Date(Date.UTC(2026, 11, 5, 9, minute));

describe('what the sharing panel shows', () => {
  it('lists participants by name or a number that stays when someone is removed', () => {
    const doc = createBoard({ votesPerPerson: 3 });
    joinBoard(doc, 'a', 'Kari', at(0));
    joinBoard(doc, 'b', '', at(1));
    joinBoard(doc, 'c', '', at(2));
    addIdea(doc, 'c', 'Bolig først', null, 'k-1');
    addIdea(doc, 'c', 'Startlån', null, 'k-2');
    addIdea(doc, FACILITATOR, 'Fra rommet', null, 'f-1');
    removeParticipant(doc, 'b');
    expect(participantRows(doc, ['c'])).toEqual([
      { id: 'a', label: 'Kari', connected: false, cards: 0 },
      { id: 'c', label: 'Deltaker 3', connected: true, cards: 2 },
    ]);
  });

  it('says who new cards came from, in one line', () => {
    expect(newCardsMessage(['Kari'])).toBe('Nytt kort fra Kari');
    expect(newCardsMessage([''])).toBe('Nytt kort');
    expect(newCardsMessage(['Kari', '', 'Ola', 'Kari'])).toBe('4 nye kort fra Kari og Ola');
    expect(newCardsMessage(['Kari', 'Ola', 'Per'])).toBe('3 nye kort fra Kari, Ola og Per');
    expect(newCardsMessage([])).toBe('');
  });
});
