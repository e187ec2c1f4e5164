import { z } from 'zod';

// The renderer runs under a strict CSP without 'unsafe-eval'; zod must not generate code.
// Messages in Norwegian for the rare structural errors that have no message of their own.
z.config({ jitless: true, ...z.locales.no() });
