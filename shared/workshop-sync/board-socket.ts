// The little of a WebSocket that board-connection.ts uses, so the browser's WebSocket and the
// `ws` package (Node tests) both fit without shared/ naming either runtime.

// Handlers are typed loosely on purpose: the browser's and ws's event classes differ, and a strict
// function type would accept neither. Only `data`, `code` and `reason` are read.
type Handler<E> = { bivarianceHack(event: E): void }['bivarianceHack'] | null;

export interface BoardSocket {
  binaryType: string;
  readonly readyState: number;
  send(data: Uint8Array<ArrayBuffer> | string): void;
  close(code?: number, reason?: string): void;
  onopen: Handler<unknown>;
  onmessage: Handler<{ data: unknown }>;
  onclose: Handler<{ code: number; reason: string }>;
  onerror: Handler<unknown>;
}

export type BoardSocketClass = new (url: string) => BoardSocket;

/** WebSocket.OPEN, the same number in every implementation. */
export const SOCKET_OPEN = 1;

/** Close codes the workshop server sends (electron/services/workshop-server.ts). */
export const CLOSE_WORKSHOP_ENDED = 1001;
export const CLOSE_RECONNECTED_ELSEWHERE = 4000;
export const CLOSE_REMOVED = 4003;
/** Joining is locked and this device has not joined before. */
export const CLOSE_LOCKED = 4004;

/** The reasons a screen may want to tell apart (finalCloseReason gives them). */
export const ENDED_REASON = 'Verkstedet er avsluttet.';
export const REMOVED_REASON = 'Du er fjernet fra verkstedet.';
export const LOCKED_REASON = 'Verkstedet er låst for nye deltakere.';

/**
 * Why a close is final, in bokmål, or null when the link should try again. A removed participant
 * or an ended workshop must not make the phone knock on the door every ten seconds.
 */
export function finalCloseReason(code: number, reason: string): string | null {
  if (code === CLOSE_WORKSHOP_ENDED) return ENDED_REASON;
  if (code === CLOSE_REMOVED) return REMOVED_REASON;
  if (code === CLOSE_LOCKED) return LOCKED_REASON;
  if (code === CLOSE_RECONNECTED_ELSEWHERE) {
    return 'Verkstedet er åpnet i et annet vindu. Last siden på nytt for å fortsette her.';
  }
  if (code >= 4000 && code < 5000) return reason || 'Verkstedet tok ikke imot deg.';
  return null;
}

/** Where the board socket is on the workshop server: /verksted?token=… or ?code=… (or ?facilitator=). */
export const BOARD_SOCKET_PATH = '/verksted';
