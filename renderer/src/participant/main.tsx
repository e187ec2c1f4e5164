import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadJoinKey, saveJoinKey } from './browser-stores';
import { tokenFromHash, type JoinKey } from './join-address';
import { createJoinSession } from './join-session';
import { openLink } from './open-link';
import { ParticipantApp } from './ParticipantApp';
import './participant.css';

// The token from the QR code is read once and taken out of the address bar, so it is not left in
// the history or shown to someone looking over a shoulder. It is kept on the device instead, so a
// reload joins again without the code.
const host = window.location.host;
const token = tokenFromHash(window.location.hash);
if (window.location.hash) {
  window.history.replaceState(null, '', window.location.pathname + window.location.search);
}
let start: JoinKey | null = loadJoinKey(host);
if (token !== null) {
  start = { kind: 'token', value: token };
  saveJoinKey(host, start);
}

const root = document.getElementById('root');
if (!root) throw new Error('Fant ikke #root i participant.html.');
createRoot(root).render(
  <StrictMode>
    <ParticipantApp session={createJoinSession(host, start, openLink)} />
  </StrictMode>,
);
