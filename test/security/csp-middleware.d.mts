/** Koa middleware that serves test/security/pages/<page>.html with the CSP header. */
export function securityPages(ctx: unknown, next: () => Promise<void>): Promise<void>;
