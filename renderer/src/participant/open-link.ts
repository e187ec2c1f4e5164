import { connectBoard, type BoardConnection } from '#shared/workshop-sync/board-connection';
import { REMOVED_REASON } from '#shared/workshop-sync/board-socket';
import { identityStore, indexedDbStore, saveJoinKey } from './browser-stores';
import { socketUrl, type JoinKey } from './join-address';

/** The browser's online/offline events, so the link retries at once when the network is back. */
function browserNetwork(change: (online: boolean) => void) {
  const on = () => change(true);
  const off = () => change(false);
  window.addEventListener('online', on);
  window.addEventListener('offline', off);
  return () => {
    window.removeEventListener('online', on);
    window.removeEventListener('offline', off);
  };
}

/** The live board on the server that served this page, as this device's participant. */
export function openLink(key: JoinKey): BoardConnection {
  const host = window.location.host;
  const identity = identityStore(host);
  const link = connectBoard({
    url: socketUrl(window.location, key),
    WebSocketImpl: WebSocket,
    identity,
    offlineStore: indexedDbStore(host),
    network: browserNetwork,
    // A new participant turned away (wrong code, old QR code) is asked for the code again. One
    // who has joined before keeps trying: their ideas may be waiting on this device.
    stopIfFirstAttemptFails: identity.load() === null,
  });
  // Removed: a reload must not knock again with the same way in.
  link.subscribe(() => {
    if (link.closedReason === REMOVED_REASON) saveJoinKey(host, null);
  });
  return link;
}
