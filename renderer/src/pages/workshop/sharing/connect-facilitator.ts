import { connectBoard } from '#shared/workshop-sync/board-connection';
import type { BoardLink } from '#shared/workshop-sync/board-link';

/** The facilitator window's socket to its own board (loopback, facilitatorUrl). */
export const connectFacilitator = (url: string): BoardLink =>
  connectBoard({ url, WebSocketImpl: WebSocket });
