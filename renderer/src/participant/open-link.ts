import { connectBoard, type BoardConnection } from '#shared/workshop-sync/board-connection';
import { identityStore, indexedDbStore } from './browser-stores';
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
  return connectBoard({
    url: socketUrl(window.location, key),
    WebSocketImpl: WebSocket,
    identity: identityStore(host),
    offlineStore: indexedDbStore(host),
    network: browserNetwork,
    stopIfFirstAttemptFails: true,
  });
}
