import { randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

// No 0/O, 1/I/L: the code is read off a projector and typed on a phone.
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const JOIN_CODE_LENGTH = 6;

/** A short code for people to type, e.g. «K7WQ3M». */
export function createJoinCode(): string {
  let code = '';
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** A random secret for a URL or a participant's reconnect (256 bits, URL-safe). */
export function createSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** What a person typed, as the code is written: capitals, no spaces or dashes. */
export function normaliseJoinCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '');
}

/** Compares in constant time, so the time of a wrong guess tells nothing about the right one. */
export function sameSecret(sent: string | null | undefined, expected: string): boolean {
  if (!sent) return false;
  const a = Buffer.from(sent);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
