/**
 * Public sites plans link to all the time (state housing bank, government, law, statistics).
 * They open in the browser without a question; any other web address is named to the user first,
 * so a link in a plan someone sent cannot quietly take them to a look-alike site. A host matches
 * itself and its subdomains (www.husbanken.no), never a name that merely ends in the same letters.
 */
export const TRUSTED_LINK_HOSTS = [
  'husbanken.no',
  'regjeringen.no',
  'lovdata.no',
  'nav.no',
  'ssb.no',
] as const;

export type ExternalLink =
  | { kind: 'open'; url: string }
  | { kind: 'ask'; url: string; question: string }
  | { kind: 'refuse'; message: string | null };

const isTrustedHost = (host: string) =>
  TRUSTED_LINK_HOSTS.some((trusted) => host === trusted || host.endsWith(`.${trusted}`));

/**
 * What to do with an address a page wants to leave the app for. Only https and mailto leave the
 * app; http is refused with a reason (it can be read and changed on the way), anything else
 * (file:, javascript:, the app's own pages) silently.
 */
export function classifyExternalLink(address: string): ExternalLink {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return { kind: 'refuse', message: null };
  }
  if (url.protocol === 'https:') {
    if (url.username || url.password) return { kind: 'refuse', message: null };
    const host = url.hostname;
    if (isTrustedHost(host)) return { kind: 'open', url: url.href };
    return { kind: 'ask', url: url.href, question: `Vil du åpne ${host} i nettleseren?` };
  }
  if (url.protocol === 'mailto:') {
    const to = safelyDecoded(url.pathname);
    return { kind: 'ask', url: url.href, question: `Vil du skrive en e-post til ${to}?` };
  }
  if (url.protocol === 'http:') {
    return {
      kind: 'refuse',
      message: `Lenken til ${url.hostname} åpnes ikke fordi den ikke er sikker (http://). Planverksted åpner bare adresser som begynner med https://.`,
    };
  }
  return { kind: 'refuse', message: null };
}

// A malformed %-escape in a link from a plan file must not throw out of the opener.
function safelyDecoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export interface ExternalLinkPorts {
  /** A native question; true when the user chose to open. */
  ask(question: string, url: string): Promise<boolean>;
  tell(message: string): Promise<void>;
  open(url: string): Promise<void>;
}

/** The one way out of the app to the browser or mail program. Resolves to whether it opened. */
export function createExternalLinkOpener(ports: ExternalLinkPorts) {
  return async (address: string): Promise<boolean> => {
    const link = classifyExternalLink(address);
    if (link.kind === 'refuse') {
      if (link.message) await ports.tell(link.message);
      return false;
    }
    if (link.kind === 'ask' && !(await ports.ask(link.question, link.url))) return false;
    await ports.open(link.url);
    return true;
  };
}
