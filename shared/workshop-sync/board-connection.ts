import type { BoardLink } from './board-link';

// Scaffolding for issue 18: the participant-page work replaces this with the real connection.

export interface BoardConnectionOptions {
  /** ws:// address of the board socket, with ?token=, ?code= or ?facilitator=. */
  url: string;
  /** The WebSocket class (the browser's, or `ws` in Node tests); its type is the real work's. */
  WebSocketImpl?: unknown;
}

export function connectBoard(_options: BoardConnectionOptions): BoardLink {
  throw new Error('connectBoard er ikke bygget ennå.');
}
