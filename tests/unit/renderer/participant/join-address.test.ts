import { describe, expect, it } from 'vitest';
import {
  cleanCode,
  socketUrl,
  tokenFromHash,
} from '../../../../renderer/src/participant/join-address';

describe('the participant page’s way in', () => {
  it('reads the token from the QR address, as the server writes it or spelt out', () => {
    expect(tokenFromHash('#t=abc-DEF_123')).toBe('abc-DEF_123');
    expect(tokenFromHash('#token=xyz')).toBe('xyz');
    expect(tokenFromHash('')).toBeNull();
    expect(tokenFromHash('#t=')).toBeNull();
    expect(tokenFromHash('#annet=1')).toBeNull();
  });

  it('cleans a typed code as the server compares it', () => {
    expect(cleanCode(' ab3 k9z ')).toBe('AB3K9Z');
  });

  it('finds the socket on the server that served the page, with the key escaped', () => {
    expect(
      socketUrl({ protocol: 'http:', host: '192.168.1.20:5123' }, { kind: 'token', value: 'a+b' }),
    ).toBe('ws://192.168.1.20:5123/verksted?token=a%2Bb');
    expect(
      socketUrl({ protocol: 'https:', host: 'verksted.local' }, { kind: 'code', value: 'AB3K9Z' }),
    ).toBe('wss://verksted.local/verksted?code=AB3K9Z');
  });
});
