import { describe, expect, it } from 'vitest';
import { addIdea, filled, joinBoard, vote } from '#shared/workshop-sync/board-actions';
import { cardsOf, createBoard } from '#shared/workshop-sync/board-doc';
import { readBoard } from '#shared/workshop-sync/board-read';
import { checkBoardUpdate } from '#shared/workshop-sync/board-rules';
import { connectWorkshopClient, until } from '../../../support/workshop-client';
import { useWorkshopServer } from '../../../support/workshop-server-setup';

// The server with the board's real rules: what a participant's phone may do reaches everyone;
// what it may not is answered in bokmål and never reaches the board or the others.

const setup = useWorkshopServer();

async function participant(port: number, token: string) {
  const client = setup.keep(await connectWorkshopClient({ port, token }));
  await client.synced;
  return { client, id: client.participant().participantId };
}

describe('the workshop server with the board rules', () => {
  it('relays a participant’s own ideas and votes, and refuses someone else’s card or a too long idea', async () => {
    const board = createBoard({ votesPerPerson: 2 });
    const { server } = await setup.start({ board, check: checkBoardUpdate });
    const kari = await participant(server.port, server.joinToken);
    const ola = await participant(server.port, server.joinToken);

    joinBoard(kari.client.doc, kari.id, 'Kari');
    joinBoard(ola.client.doc, ola.id, 'Ola');
    const idea = addIdea(kari.client.doc, kari.id, 'Flere små boliger i sentrum', null)!;
    vote(kari.client.doc, kari.id, idea, 1);
    await until(
      () => readBoard(ola.client.doc).cards.some((card) => card.id === idea),
      'Olas telefon ser Karis idé',
    );
    expect(readBoard(board).cards.map((card) => [card.text, card.votes])).toEqual([
      ['Flere små boliger i sentrum', 1],
    ]);

    await until(() => readBoard(board).participants.length === 2, 'begge er med');
    // Connecting (sync step 2 of a phone that has not joined yet) was refused for no one.
    expect([...kari.client.refusals, ...ola.client.refusals]).toEqual([]);
    // Ola's phone writes a card in Kari's name, straight into the document.
    cardsOf(ola.client.doc).set(
      'forfalsket',
      filled({ text: 'Skrevet i Karis navn', authorId: kari.id, focusAreaId: null }),
    );
    await until(() => ola.client.refusals.length === 1, 'Ola får svar');
    expect(ola.client.refusals).toEqual(['Du kan bare endre dine egne ideer.']);

    // A fresh phone for Ola (as the page does after a refusal) with an idea far too long.
    const fresh = await participant(server.port, server.joinToken);
    joinBoard(fresh.client.doc, fresh.id);
    // The page would never send it (addIdea refuses), so the text is changed in the document.
    const own = addIdea(fresh.client.doc, fresh.id, 'Kort', null)!;
    await until(() => cardsOf(board).has(own), 'den korte ideen er på tavla');
    cardsOf(fresh.client.doc).get(own)!.set('text', 'x'.repeat(1000));
    await until(() => fresh.client.refusals.length === 1, 'den lange ideen får svar');
    expect(fresh.client.refusals[0]).toMatch(/for lang/);

    // Neither reached the board or Kari's phone.
    await until(() => readBoard(kari.client.doc).cards.length === 2, 'Kari ser to ideer');
    expect(
      readBoard(board)
        .cards.map((card) => card.text)
        .sort(),
    ).toEqual(['Flere små boliger i sentrum', 'Kort']);
    expect(cardsOf(board).has('forfalsket')).toBe(false);
    expect(readBoard(kari.client.doc).cards.map((card) => card.text)).not.toContain(
      'x'.repeat(1000),
    );
  });
});
