import { BOARD_SOCKET_PATH } from '#shared/workshop-sync/board-socket';

// How the page finds its way in: the QR code's address carries the join token after # (never sent
// to the server in a request line); without it the participant types the code from the screen.

export type JoinKey = { kind: 'token'; value: string } | { kind: 'code'; value: string };

/** The token in «#t=…» (the server's joinUrl) or «#token=…», or null. */
export function tokenFromHash(hash: string): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const token = params.get('t') ?? params.get('token');
  return token && token.trim() ? token.trim() : null;
}

/** The code as the server compares it: no spaces, upper case. */
export function cleanCode(typed: string): string {
  return typed.replace(/\s+/g, '').toUpperCase();
}

export const CODE_LENGTH = 6;

/** The board socket on the server that served this page. */
export function socketUrl(location: Pick<Location, 'protocol' | 'host'>, key: JoinKey): string {
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  const param = key.kind === 'token' ? 'token' : 'code';
  return `${scheme}://${location.host}${BOARD_SOCKET_PATH}?${param}=${encodeURIComponent(key.value)}`;
}
