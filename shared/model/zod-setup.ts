import { z } from 'zod';

const typeNames: Record<string, string> = {
  string: 'tekst',
  number: 'et tall',
  int: 'et heltall',
  boolean: 'ja/nei (true/false)',
  array: 'en liste',
  object: 'et objekt',
  null: 'tom (null)',
};

/** Plain-bokmål messages for the structural errors that have no message of their own. */
const plainMessage = (issue: z.core.$ZodRawIssue): string | undefined => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'mangler.';
      return `skal være ${typeNames[issue.expected] ?? issue.expected}.`;
    case 'invalid_value':
      return `må være en av: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}.`;
    case 'unrecognized_keys':
      return `ukjent felt: ${issue.keys.map((k) => `«${k}»`).join(', ')}.`;
    case 'too_small':
      return `er for ${issue.origin === 'string' ? 'kort' : 'lite'} (minst ${String(issue.minimum)}).`;
    case 'too_big':
      return `er for ${issue.origin === 'string' ? 'lang' : 'stort'} (høyst ${String(issue.maximum)}).`;
    case 'invalid_format':
      if (issue.format === 'date') return 'må være en dato skrevet ÅÅÅÅ-MM-DD.';
      if (issue.format === 'datetime') return 'må være et tidspunkt (ISO 8601).';
      return 'har feil format.';
    case 'invalid_union':
      return 'passer ikke med noen av de tillatte formene.';
    default:
      return undefined;
  }
};

// The renderer runs under a strict CSP without 'unsafe-eval'; zod must not generate code.
z.config({ jitless: true, ...z.locales.no(), customError: plainMessage });
