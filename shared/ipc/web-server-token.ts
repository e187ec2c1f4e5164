/**
 * The local web server (dev:web, end-to-end tests) gives its page a key chosen at each start, in
 * this meta tag of index.html; every call sends it back in this header. Another site's page cannot
 * read it, even one whose DNS name has been pointed at 127.0.0.1.
 */
export const webServerTokenMeta = 'planverksted-token';
export const webServerTokenHeader = 'X-Planverksted-Token';
