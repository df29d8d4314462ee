/** The Content-Security-Policy header value for a test page's query (see csp-policy.mjs). */
export function cspFor(query?: Record<string, string | undefined>): string;
