import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addIdea,
  deleteIdea,
  editIdea,
  filled,
  joinBoard,
  vote,
} from '#shared/workshop-sync/board-actions';
import { FACILITATOR, cardsOf, createBoard, votesOf } from '#shared/workshop-sync/board-doc';
import {
  changeIdea,
  lockJoining,
  removeParticipant,
  setBoardSettings,
} from '#shared/workshop-sync/board-facilitator';
import { readBoard } from '#shared/workshop-sync/board-read';
import { checkBoardUpdate } from '#shared/workshop-sync/board-rules';
import { BOARD_LIMITS, type BoardSender } from '#shared/workshop-sync/board-sync';

const kari: BoardSender = { kind: 'participant', participantId: 'kari' };
const ola: BoardSender = { kind: 'participant', participantId: 'ola' };
const facilitator: BoardSender = { kind: 'facilitator' };
const at = new Date(Date.UTC(2026, 11, 5, 9, 0));

/** The server's board: Kari and Ola joined, one idea each, two votes each to give. */
function serverBoard(): Y.Doc {
  const doc = createBoard({ votesPerPerson: 2, focusAreas: [{ id: 'area1', name: 'Boliger' }] });
  joinBoard(doc, 'kari', 'Kari', at);
  joinBoard(doc, 'ola', 'Ola', at);
  addIdea(doc, 'kari', 'Karis idé', 'area1', 'k1', at);
  addIdea(doc, 'ola', 'Olas idé', null, 'o1', at);
  return doc;
}

/** The update a client sends after `act` on its own copy of the board. */
function updateFrom(board: Y.Doc, act: (doc: Y.Doc) => void): Uint8Array {
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(board));
  const before = Y.encodeStateVector(client);
  act(client);
  return Y.encodeStateAsUpdate(client, before);
}

function check(sender: BoardSender, act: (doc: Y.Doc) => void, board = serverBoard()) {
  return checkBoardUpdate(board, updateFrom(board, act), sender);
}

describe('checkBoardUpdate: what a participant may do', () => {
  it('join', () => {
    const per = { kind: 'participant', participantId: 'per' } as const;
    expect(check(per, (d) => joinBoard(d, 'per', 'Per'))).toBeNull();
  });

  it.each<[string, (doc: Y.Doc) => void]>([
    ['change their name', (d) => joinBoard(d, 'kari', 'Kari N.')],
    ['add an idea', (d) => addIdea(d, 'kari', 'Ny idé <script>x</script>', 'area1')],
    ['add an idea for the whole plan', (d) => addIdea(d, 'kari', 'Ny idé', null)],
    ['edit their idea and its focus area', (d) => editIdea(d, 'k1', 'Endret', null)],
    ['delete their idea', (d) => deleteIdea(d, 'k1')],
    ['vote', (d) => vote(d, 'kari', 'o1', 1)],
    ['use all their votes', (d) => (vote(d, 'kari', 'o1', 1), vote(d, 'kari', 'k1', 1))],
  ])('%s', (_what, act) => {
    expect(check(kari, act)).toBeNull();
  });

  it('takes a vote back', () => {
    const board = serverBoard();
    vote(board, 'kari', 'o1', 1);
    expect(check(kari, (d) => vote(d, 'kari', 'o1', -1), board)).toBeNull();
  });

  it('votes on a card deleted meanwhile: let through, and it counts for nothing', () => {
    const board = serverBoard();
    const update = updateFrom(board, (d) => vote(d, 'kari', 'o1', 1));
    deleteIdea(board, 'o1');
    expect(checkBoardUpdate(board, update, kari)).toBeNull();
    Y.applyUpdate(board, update);
    expect(readBoard(board).counts.votesCast).toBe(0);
  });

  it('takes votes back after the facilitator lowered the limit, but gives none', () => {
    const board = serverBoard();
    vote(board, 'kari', 'o1', 1);
    vote(board, 'kari', 'o1', 1);
    setBoardSettings(board, { votesPerPerson: 0 });
    expect(check(kari, (d) => vote(d, 'kari', 'o1', -1), board)).toBeNull();
    const more = (d: Y.Doc) => votesOf(d).get('kari')!.set('k1', 1);
    expect(check(kari, more, board)).toBe('Du har bare 0 stemmer å gi.');
  });

  it('joins and adds ideas in one update (a phone back from offline)', () => {
    expect(
      check({ kind: 'participant', participantId: 'per' }, (d) => {
        joinBoard(d, 'per', 'Per');
        addIdea(d, 'per', 'Skrevet uten nett', 'area1');
        vote(d, 'per', 'k1', 1);
      }),
    ).toBeNull();
  });
});

describe('checkBoardUpdate: what a participant is refused', () => {
  it.each<[string, BoardSender, (doc: Y.Doc) => void, string]>([
    [
      "someone else's card",
      kari,
      (d) => editIdea(d, 'o1', 'Kari var her'),
      'Du kan bare endre dine egne ideer.',
    ],
    [
      "deleting someone else's card",
      kari,
      (d) => deleteIdea(d, 'o1'),
      'Du kan bare endre dine egne ideer.',
    ],
    [
      'a card in someone else’s name',
      kari,
      (d) => addIdea(d, 'ola', 'Ola sa dette', null),
      'Du kan bare endre dine egne ideer.',
    ],
    [
      'a card taken out of the map',
      kari,
      (d) => cardsOf(d).delete('k1'),
      'Du kan bare endre dine egne ideer.',
    ],
    [
      'the settings',
      kari,
      (d) => setBoardSettings(d, { totalsHidden: true }),
      'Bare den som leder verkstedet, kan endre innstillingene.',
    ],
    [
      'parking their own card',
      kari,
      (d) => changeIdea(d, 'k1', { parked: true }),
      'Bare den som leder verkstedet, kan flytte, slå sammen eller velge ideer.',
    ],
    [
      'an idea too long',
      kari,
      (d) =>
        cardsOf(d)
          .get('k1')!
          .set('text', 'x'.repeat(BOARD_LIMITS.ideaLength + 1)),
      'Ideen er for lang (høyst 280 tegn).',
    ],
    ['an empty idea', kari, (d) => cardsOf(d).get('k1')!.set('text', '  '), 'Ideen er tom.'],
    [
      'a focus area not on the board',
      kari,
      (d) => editIdea(d, 'k1', 'Karis idé', 'area9'),
      'Innsatsområdet finnes ikke på tavla.',
    ],
    [
      'a card id the plan would not accept',
      kari,
      (d) => addIdea(d, 'kari', 'Idé', null, '<b>id</b>'),
      'Ideen er ikke skrevet riktig.',
    ],
    [
      'a card with fields of its own',
      kari,
      (d) => cardsOf(d).get('k1')!.set('html', '<img>'),
      'Ideen er ikke skrevet riktig.',
    ],
    [
      'more votes than votesPerPerson',
      kari,
      (d) => votesOf(d).set('kari', filled({ o1: 3 }) as Y.Map<number>),
      'Du har bare 2 stemmer å gi.',
    ],
    [
      'a negative vote',
      kari,
      (d) => votesOf(d).set('kari', filled({ o1: -5 }) as Y.Map<number>),
      'Stemmene er ikke skrevet riktig.',
    ],
    [
      'a vote on a card the board never had',
      kari,
      (d) => votesOf(d).set('kari', filled({ nowhere: 1 }) as Y.Map<number>),
      'Ideen finnes ikke.',
    ],
    [
      'a vote count of zero',
      kari,
      (d) => votesOf(d).set('kari', filled({ o1: 0 }) as Y.Map<number>),
      'Stemmene er ikke skrevet riktig.',
    ],
    [
      "someone else's votes",
      kari,
      (d) => vote(d, 'ola', 'k1', 1),
      'Du kan bare gi dine egne stemmer.',
    ],
    [
      "someone else's name",
      kari,
      (d) => joinBoard(d, 'ola', 'Ola Nordmann'),
      'Du kan bare endre ditt eget navn.',
    ],
    [
      'a name too long',
      kari,
      (d) => d.getMap<Y.Map<unknown>>('participants').get('kari')!.set('name', 'K'.repeat(41)),
      'Navnet er for langt (høyst 40 tegn).',
    ],
    [
      'removing oneself from the list',
      kari,
      (d) => d.getMap('participants').delete('kari'),
      'Deltakeren er ikke skrevet riktig.',
    ],
    [
      'ideas before joining',
      { kind: 'participant', participantId: 'per' },
      (d) => addIdea(d, 'per', 'Idé', null),
      'Du må bli med i verkstedet først.',
    ],
    [
      'a Yjs type where a card has plain text',
      kari,
      (d) => cardsOf(d).get('k1')!.set('text', new Y.Text('Karis idé')),
      'Oppdateringen hører ikke til tavla.',
    ],
    [
      'a root the board does not have',
      kari,
      (d) => d.getMap('files').set('x', 'y'),
      'Oppdateringen hører ikke til tavla.',
    ],
    [
      'list content in a root map',
      kari,
      (d) => d.getArray('cards').insert(0, ['x']),
      'Oppdateringen hører ikke til tavla.',
    ],
  ])('%s', (_what, sender, act, message) => {
    expect(check(sender, act)).toBe(message);
  });

  it('more ideas than a participant may have', () => {
    const board = serverBoard();
    for (let i = 1; i < BOARD_LIMITS.ideasPerParticipant; i++)
      addIdea(board, 'kari', `Idé ${i}`, null);
    const tooMany = (d: Y.Doc) =>
      cardsOf(d).set('k99', cardsOf(d).get('k1')!.clone() as Y.Map<unknown>);
    expect(check(kari, tooMany, board)).toBe('Du har nådd grensen på 20 ideer.');
    // Deleting one makes room again.
    deleteIdea(board, 'k1');
    expect(check(kari, (d) => addIdea(d, 'kari', 'Plass igjen', null), board)).toBeNull();
  });

  it('changing an idea that became a measure', () => {
    const board = serverBoard();
    changeIdea(board, 'k1', { measureId: 'm1' });
    expect(check(kari, (d) => cardsOf(d).get('k1')!.set('text', 'Nytt'), board)).toBe(
      'Ideen er allerede gjort til tiltak.',
    );
  });

  it('a participant who claims to be the facilitator', () => {
    const board = serverBoard();
    const claim = { kind: 'participant', participantId: FACILITATOR } as const;
    expect(check(claim, (d) => addIdea(d, FACILITATOR, 'Idé', null), board)).toBe(
      'Ukjent deltaker.',
    );
  });

  it('writing and deleting ideas without end', () => {
    const board = serverBoard();
    for (let i = 1; i < BOARD_LIMITS.ideasWrittenPerParticipant; i++) {
      deleteIdea(board, addIdea(board, 'kari', `Idé ${i}`, null)!);
    }
    // Written straight into the document: addIdea on the phone stops before this.
    const oneMore = (d: Y.Doc) =>
      cardsOf(d).set('k99', cardsOf(d).get('k1')!.clone() as Y.Map<unknown>);
    expect(check(kari, oneMore, board)).toBe(
      'Du har skrevet 60 ideer, som er det meste én deltaker kan skrive.',
    );
  });

  it('joining while joining is locked', () => {
    const board = serverBoard();
    lockJoining(board, true);
    const per = { kind: 'participant', participantId: 'per' } as const;
    expect(check(per, (d) => d.getMap('participants').set('per', participantEntry()), board)).toBe(
      'Verkstedet er stengt for nye deltakere.',
    );
    // Those already in go on as before.
    expect(check(kari, (d) => addIdea(d, 'kari', 'Idé', null), board)).toBeNull();
  });

  it('anything from a participant who was removed', () => {
    const board = serverBoard();
    removeParticipant(board, 'ola');
    expect(check(ola, (d) => addIdea(d, 'ola', 'Tilbake', null), board)).toBe(
      'Du er tatt ut av verkstedet.',
    );
    expect(check(ola, (d) => joinBoard(d, 'ola', 'Ola'), board)).toBe(
      'Du er tatt ut av verkstedet.',
    );
  });

  it('an update that cannot be decoded, and one too big to read', () => {
    const board = serverBoard();
    expect(checkBoardUpdate(board, new Uint8Array([255, 1, 2, 3, 4, 5]), kari)).toBe(
      'Oppdateringen kunne ikke leses.',
    );
    expect(checkBoardUpdate(board, new Uint8Array(BOARD_LIMITS.messageBytes + 1), kari)).toBe(
      'Meldingen er for stor.',
    );
  });

  it('an update that depends on one the board never got', () => {
    const board = serverBoard();
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(board));
    const id = addIdea(client, 'kari', 'Først', null)!;
    const between = Y.encodeStateVector(client);
    editIdea(client, id, 'Så');
    expect(checkBoardUpdate(board, Y.encodeStateAsUpdate(client, between), kari)).toBe(
      'Oppdateringen mangler noe som kom før. Prøv igjen.',
    );
  });
});

describe('checkBoardUpdate: the facilitator and the board', () => {
  it('lets the facilitator do anything', () => {
    const board = serverBoard();
    expect(
      check(
        facilitator,
        (d) => {
          setBoardSettings(d, { votesPerPerson: 9, joiningLocked: true });
          removeParticipant(d, 'ola');
          changeIdea(d, 'k1', { parked: true });
          vote(d, FACILITATOR, 'k1', 1);
        },
        board,
      ),
    ).toBeNull();
  });

  it('never changes the board it checks', () => {
    const board = serverBoard();
    const state = Y.encodeStateAsUpdate(board);
    const view = readBoard(board);
    expect(check(kari, (d) => addIdea(d, 'kari', 'Ny', null), board)).toBeNull();
    expect(check(kari, (d) => editIdea(d, 'o1', 'Nei'), board)).not.toBeNull();
    expect(Y.encodeStateAsUpdate(board)).toEqual(state);
    expect(readBoard(board)).toEqual(view);
  });
});

function participantEntry(): Y.Map<unknown> {
  return filled({ name: 'Per', joinedAt: at.toISOString(), removed: false });
}
