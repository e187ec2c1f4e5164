import type { z } from 'zod';

type AnyDef = { type: string } & Record<string, unknown>;
const defOf = (schema: unknown) => (schema as z.core.$ZodType)._zod.def as unknown as AnyDef;

/** Every object key reachable in a zod schema, each with one path to it ("measures.budget"). */
export function schemaKeys(
  schema: unknown,
  path = '',
  found = new Map<string, string>(),
): Map<string, string> {
  const def = defOf(schema);
  const children: unknown[] = [];
  switch (def.type) {
    case 'object':
      for (const [key, child] of Object.entries(def.shape as Record<string, unknown>)) {
        const at = path ? `${path}.${key}` : key;
        if (!found.has(key)) found.set(key, at);
        schemaKeys(child, at, found);
      }
      return found;
    case 'array':
      children.push(def.element);
      break;
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      children.push(def.innerType);
      break;
    case 'union':
      children.push(...(def.options as unknown[]));
      break;
    case 'intersection':
      children.push(def.left, def.right);
      break;
    case 'pipe':
      children.push(def.in, def.out);
      break;
    case 'record':
      children.push(def.valueType);
      break;
    case 'tuple':
      children.push(...(def.items as unknown[]));
      break;
    case 'lazy':
      // The plan has no recursive schema; one would need a visited set here.
      throw new Error(`lazy schema at ${path}: extend this walk`);
  }
  for (const child of children) schemaKeys(child, path, found);
  return found;
}
