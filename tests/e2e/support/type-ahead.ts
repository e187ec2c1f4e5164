import type { Page } from '@playwright/test';

type KeyEvent = {
  type: 'keyDown' | 'rawKeyDown' | 'keyUp' | 'char';
  key: string;
  code?: string;
  windowsVirtualKeyCode?: number;
  text?: string;
  unmodifiedText?: string;
  modifiers?: number;
};

const ALT = 1;
const SPECIAL: Record<string, { code: string; vk: number; text?: string }> = {
  Enter: { code: 'Enter', vk: 13, text: '\r' },
  End: { code: 'End', vk: 35 },
  Home: { code: 'Home', vk: 36 },
  ArrowUp: { code: 'ArrowUp', vk: 38 },
  ArrowDown: { code: 'ArrowDown', vk: 40 },
  ArrowLeft: { code: 'ArrowLeft', vk: 37 },
  ArrowRight: { code: 'ArrowRight', vk: 39 },
  Backspace: { code: 'Backspace', vk: 8 },
};

function eventsFor(step: string): KeyEvent[] {
  const [first, second] = step.split('+');
  const alt = first === 'Alt' && second !== undefined;
  const name = alt ? second! : step;
  const special = SPECIAL[name];
  if (!special) {
    // Plain text: one key per character, as a typist's keys.
    return [...step].flatMap((ch): KeyEvent[] => [
      { type: 'keyDown', key: ch, text: ch, unmodifiedText: ch },
      { type: 'keyUp', key: ch },
    ]);
  }
  const modifiers = alt ? ALT : 0;
  const key: KeyEvent = {
    type: special.text && !alt ? 'keyDown' : 'rawKeyDown',
    key: name,
    code: special.code,
    windowsVirtualKeyCode: special.vk,
    modifiers,
    ...(special.text && !alt ? { text: special.text, unmodifiedText: special.text } : {}),
  };
  const up: KeyEvent = { ...key, type: 'keyUp', text: undefined, unmodifiedText: undefined };
  if (!alt) return [key, up];
  const altKey = { key: 'Alt', code: 'AltLeft', windowsVirtualKeyCode: 18 };
  return [
    { type: 'rawKeyDown', ...altKey, modifiers: ALT },
    key,
    up,
    { type: 'keyUp', ...altKey, modifiers: 0 },
  ];
}

/**
 * Types keys the way a fast typist does on a slow machine: every key is sent at once, without
 * waiting for the page to handle the one before (the keys queue up in the browser). Steps are
 * text, or a key name such as 'Enter', 'End', 'Alt+ArrowUp'. Page.keyboard waits for each key.
 */
export async function typeAhead(page: Page, ...steps: string[]): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const events = steps.flatMap(eventsFor);
    await Promise.all(events.map((event) => cdp.send('Input.dispatchKeyEvent', event)));
  } finally {
    await cdp.detach();
  }
}
