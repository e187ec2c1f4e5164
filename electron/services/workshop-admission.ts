import type { IncomingMessage } from 'node:http';
import { normaliseJoinCode, sameSecret } from './workshop-join';
import { isLoopback, MAX_URL_LENGTH, Refusal } from './workshop-http';
import type { createJoinFailureCounter } from './workshop-limits';
import { REMOVED_MESSAGE } from './workshop-messages';
import type { createParticipantRegistry, ParticipantRecord } from './workshop-participants';
import {
  BOARD_SOCKET_PATH,
  CLOSE_LOCKED,
  CLOSE_REMOVED,
  LOCKED_REASON,
} from '#shared/workshop-sync/board-socket';

// Who may open a socket on the board: a participant with the join token or code (a new one, or
// one coming back with their id and secret), or the facilitator's own window, from this machine
// only, with the facilitator token. Every refusal is a Refusal with a bokmål sentence.

export type Admission =
  | {
      kind: 'participant';
      participant: ParticipantRecord;
      /** Newly joined: the welcome carries the secret. */ fresh: boolean;
    }
  | { kind: 'facilitator' };

export interface AdmissionRules {
  /** `host:port` values the server answers to (Host, and a participant's Origin). */
  hosts: () => Set<string>;
  joinToken: string;
  joinCode: string;
  facilitatorToken: string | null;
  /** Origins the facilitator's window has (app://planverksted, the test web server's). */
  facilitatorOrigins: readonly string[];
  registry: ReturnType<typeof createParticipantRegistry>;
  joinFailures: ReturnType<typeof createJoinFailureCounter>;
  locked: () => boolean;
  /** Whether another participant socket would pass the connection limit. */
  full: () => boolean;
}

export function checkHost(rules: AdmissionRules, req: IncomingMessage) {
  if (!rules.hosts().has(req.headers.host ?? '')) {
    throw new Refusal(421, 'Avvist: ukjent vertsnavn.');
  }
}

export function admit(rules: AdmissionRules, req: IncomingMessage): Admission {
  checkHost(rules, req);
  if ((req.url ?? '').length > MAX_URL_LENGTH) throw new Refusal(414, 'Adressen er for lang.');
  const url = new URL(req.url ?? '/', 'http://verksted');
  if (url.pathname !== BOARD_SOCKET_PATH) throw new Refusal(404, 'Finnes ikke.');
  const from = req.socket.remoteAddress ?? '';
  if (rules.joinFailures.blocked(from)) {
    throw new Refusal(429, 'For mange feil forsøk. Vent et minutt og prøv igjen.');
  }
  const origin = req.headers.origin;
  if (url.searchParams.has('facilitator')) {
    const allowed = origin === undefined || rules.facilitatorOrigins.includes(origin);
    if (!allowed) throw new Refusal(403, 'Avvist: tilkoblingen kom fra en annen nettside.');
    // The facilitator may change anything on the board: only from this machine, with its token.
    const token = url.searchParams.get('facilitator');
    if (
      !isLoopback(from) ||
      rules.facilitatorToken === null ||
      !sameSecret(token, rules.facilitatorToken)
    ) {
      rules.joinFailures.fail(from);
      throw new Refusal(403, 'Avvist: bare tilretteleggerens eget vindu kan koble til slik.');
    }
    return { kind: 'facilitator' };
  }
  if (origin !== undefined && !rules.hosts().has(origin.replace(/^http:\/\//, ''))) {
    throw new Refusal(403, 'Avvist: tilkoblingen kom fra en annen nettside.');
  }
  const token = url.searchParams.get('token');
  const code = url.searchParams.get('code');
  const admitted =
    sameSecret(token, rules.joinToken) ||
    (code !== null && sameSecret(normaliseJoinCode(code), rules.joinCode));
  if (!admitted) {
    rules.joinFailures.fail(from);
    throw new Refusal(403, 'Feil kode. Sjekk koden på skjermen.');
  }
  if (rules.full()) {
    throw new Refusal(503, 'Verkstedet er fullt. Prøv igjen når noen har gått.');
  }
  return whoIsJoining(rules, url.searchParams);
}

function whoIsJoining(rules: AdmissionRules, params: URLSearchParams): Admission {
  const participantId = params.get('participant');
  const secret = params.get('secret');
  if (participantId && secret) {
    const rejoin = rules.registry.rejoin(participantId, secret);
    if (rejoin.kind === 'known') {
      return { kind: 'participant', participant: { participantId, secret }, fresh: false };
    }
    if (rejoin.kind === 'removed') {
      throw new Refusal(403, REMOVED_MESSAGE, CLOSE_REMOVED);
    }
    if (rejoin.kind === 'wrong-secret') {
      throw new Refusal(403, 'Avvist: ukjent deltaker. Last siden på nytt.');
    }
  }
  if (rules.locked()) throw new Refusal(403, LOCKED_REASON, CLOSE_LOCKED);
  return { kind: 'participant', participant: rules.registry.join(), fresh: true };
}
