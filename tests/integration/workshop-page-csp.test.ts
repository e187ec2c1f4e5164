import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import * as Y from 'yjs';
import { startWorkshopServer } from '../../electron/services/workshop-server';
import { chromiumExecutable } from '../e2e/support/chromium';

// The participant page's CSP says connect-src 'self'. In CSP Level 3, 'self' also covers ws://
// to the page's own host and port, which is all the page's socket needs; a socket anywhere else
// is blocked. Checked here in the Chromium the e2e tests use.

const page = `<!doctype html><title>Verksted</title><script type="module" src="/sjekk.js"></script>`;
// Tries a socket to the page's own server and one to another port; reports what happened.
const script = `
const attempt = (url) => new Promise((done) => {
  let ws;
  try { ws = new WebSocket(url); } catch (error) { return done('blokkert: ' + error.name); }
  ws.onopen = () => { ws.close(); done('åpen'); };
  ws.onerror = () => done('feil');
});
document.addEventListener('securitypolicyviolation', (event) => {
  window.violations = [...(window.violations ?? []), event.blockedURI];
});
window.results = Promise.all([
  attempt('ws://' + location.host + '/verksted?token=' + location.hash.slice(3)),
  attempt('ws://127.0.0.1:9/annen'),
]);
`;

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: chromiumExecutable() });
}, 60_000);
afterAll(() => browser?.close());

describe('the participant page’s CSP in Chromium', () => {
  it('lets the page open its socket to its own server and nothing else', async () => {
    const board = new Y.Doc();
    const server = await startWorkshopServer({
      board,
      check: () => null,
      files: {
        '/': { body: page, contentType: 'text/html; charset=utf-8' },
        '/sjekk.js': { body: script, contentType: 'text/javascript; charset=utf-8' },
      },
      host: '127.0.0.1',
      addresses: [],
    });
    try {
      const tab = await browser.newPage();
      await tab.goto(server.joinUrl('127.0.0.1'));
      const results = await tab.evaluate(
        () => (window as unknown as { results: Promise<string[]> }).results,
      );
      expect(results[0]).toBe('åpen');
      expect(results[1]).not.toBe('åpen');
      const violations = await tab.evaluate(
        () => (window as unknown as { violations?: string[] }).violations ?? [],
      );
      expect(violations).toEqual(['ws://127.0.0.1:9/annen']);
    } finally {
      await server.stop();
    }
  }, 30_000);
});
