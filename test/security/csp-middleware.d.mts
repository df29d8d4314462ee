/** The Content-Security-Policy header value for a test page's query (see csp-middleware.mjs). */
export function cspFor(query?: Record<string, string | undefined>): string;
/** Koa middleware that adds the header to test/security/pages/*.html. */
export function securityPages(ctx: unknown, next: () => Promise<void>): Promise<void>;
