/** A tiny participant page: the server serves what it is given, nothing else. */
export const testPage = {
  '/': { body: '<!doctype html><title>Verksted</title>', contentType: 'text/html; charset=utf-8' },
  '/deltaker.js': { body: 'export {};', contentType: 'text/javascript; charset=utf-8' },
};
