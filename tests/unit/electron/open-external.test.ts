import { describe, expect, it } from 'vitest';
import { classifyExternalLink, createExternalLinkOpener } from '../../../electron/open-external';

function setup(answer: boolean) {
  const asked: string[] = [];
  const told: string[] = [];
  const opened: string[] = [];
  const open = createExternalLinkOpener({
    ask: async (question) => {
      asked.push(question);
      return answer;
    },
    tell: async (message) => void told.push(message),
    open: async (url) => void opened.push(url),
  });
  return { open, asked, told, opened };
}

describe('links out of the app', () => {
  it('opens trusted public hosts and their subdomains without asking', async () => {
    const { open, asked, opened } = setup(false);
    for (const url of [
      'https://www.husbanken.no/boligsosialt-arbeid/',
      'https://husbanken.no',
      'https://www.regjeringen.no/no/dokumenter/',
      'https://lovdata.no/lov/2023-04-14-13',
    ]) {
      await expect(open(url)).resolves.toBe(true);
    }
    expect(asked).toEqual([]);
    expect(opened).toEqual([
      'https://www.husbanken.no/boligsosialt-arbeid/',
      'https://husbanken.no/',
      'https://www.regjeringen.no/no/dokumenter/',
      'https://lovdata.no/lov/2023-04-14-13',
    ]);
  });

  it('asks first, naming the host, for any other https address', async () => {
    const no = setup(false);
    await expect(no.open('https://www.example.org/rapport.pdf')).resolves.toBe(false);
    expect(no.asked).toEqual(['Vil du åpne www.example.org i nettleseren?']);
    expect(no.opened).toEqual([]);

    const yes = setup(true);
    await expect(yes.open('https://www.example.org/rapport.pdf')).resolves.toBe(true);
    expect(yes.opened).toEqual(['https://www.example.org/rapport.pdf']);
  });

  it('does not trust look-alike hosts', async () => {
    const { open, asked, opened } = setup(false);
    await open('https://husbanken.no.example.com/');
    await open('https://falskhusbanken.no/');
    await open('https://xn--hsbanken-q2a.no/');
    expect(asked).toHaveLength(3);
    expect(opened).toEqual([]);
    expect(classifyExternalLink('https://husbanken.no@example.com/').kind).toBe('refuse');
  });

  it('asks before writing an e-mail', async () => {
    const { open, asked, opened } = setup(true);
    await open('mailto:postmottak@kommune.no');
    expect(asked).toEqual(['Vil du skrive en e-post til postmottak@kommune.no?']);
    expect(opened).toEqual(['mailto:postmottak@kommune.no']);
  });

  it('refuses http with a reason, and other schemes quietly', async () => {
    const { open, asked, told, opened } = setup(true);
    await expect(open('http://www.husbanken.no/')).resolves.toBe(false);
    expect(told).toEqual([
      'Lenken til www.husbanken.no åpnes ikke fordi den ikke er sikker (http://). Planverksted åpner bare adresser som begynner med https://.',
    ]);
    for (const url of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'app://planverksted/index.html',
      'smb://server/deling',
      'ikke en adresse',
    ]) {
      await expect(open(url), url).resolves.toBe(false);
    }
    expect(told).toHaveLength(1);
    expect(asked).toEqual([]);
    expect(opened).toEqual([]);
  });
});

describe('a malformed mail link', () => {
  it('is asked about with its raw address instead of throwing', () => {
    expect(classifyExternalLink('mailto:ola%E0@kommune.no')).toMatchObject({
      kind: 'ask',
      question: 'Vil du skrive en e-post til ola%E0@kommune.no?',
    });
  });
});
