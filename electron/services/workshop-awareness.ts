import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { awarenessClientsIn, awarenessMessage } from './workshop-protocol';

// Presence (y-protocols awareness: who is here, their name on the page) relayed between the
// sockets of one board. It lives on a document of its own, so the caller's board keeps no
// awareness timer.

// A page has one; a few more allow for a second tab on the same connection's document.
const MAX_PRESENCES_PER_CONNECTION = 4;

/** A socket as the relay sees it: the awareness clients it has spoken for. */
export interface AwarenessMember {
  awarenessClients: Set<number>;
}

export function createAwarenessRelay<C extends AwarenessMember>(
  members: () => Iterable<C>,
  isMember: (origin: unknown) => origin is C,
  send: (member: C, message: Uint8Array) => void,
) {
  const presenceDoc = new Y.Doc();
  const awareness = new awarenessProtocol.Awareness(presenceDoc);
  awareness.setLocalState(null);
  awareness.on(
    'update',
    (
      { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
      origin: unknown,
    ) => {
      if (isMember(origin)) {
        for (const id of added) origin.awarenessClients.add(id);
        for (const id of removed) origin.awarenessClients.delete(id);
      }
      const message = awarenessMessage(awareness, [...added, ...updated, ...removed]);
      for (const member of members()) send(member, message);
    },
  );

  // Presence only for the connection's own few clients: no one may rename or hide another
  // participant, or fill the list with made-up people.
  function mayPresent(member: C, update: Uint8Array): boolean {
    const clients = awarenessClientsIn(update);
    const mine = new Set([...member.awarenessClients, ...clients]);
    return (
      mine.size <= MAX_PRESENCES_PER_CONNECTION &&
      clients.every((id) =>
        [...members()].every((other) => other === member || !other.awarenessClients.has(id)),
      )
    );
  }

  return {
    /** An awareness update from `member`; throws if it cannot be read. */
    receive(member: C, update: Uint8Array) {
      if (mayPresent(member, update))
        awarenessProtocol.applyAwarenessUpdate(awareness, update, member);
    },
    /** Tells a newly connected socket who else is here. */
    greet(member: C) {
      const states = [...awareness.getStates().keys()];
      if (states.length > 0) send(member, awarenessMessage(awareness, states));
    },
    /** A closed socket's presences are removed for everyone. */
    leave(member: C) {
      awarenessProtocol.removeAwarenessStates(awareness, [...member.awarenessClients], null);
    },
    destroy() {
      awareness.destroy();
      presenceDoc.destroy();
    },
  };
}
