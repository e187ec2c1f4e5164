import { customAlphabet } from 'nanoid';

// Short, URL- and file-safe ids; 14 characters keep collisions out of reach for a plan's lifetime.
const generate = customAlphabet('0123456789abcdefghijklmnopqrstuvwxyz', 14);

export function newId(): string {
  return generate();
}
