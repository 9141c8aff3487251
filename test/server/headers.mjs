// Koa middleware for the test runner's dev server: the security headers of a strict host page.
// Pages under /test/pages/csp/ are served with a Content-Security-Policy that allows nothing
// inline (no 'unsafe-inline' for scripts or styles) and requires Trusted Types. `?add=` appends
// directives, e.g. `?add=trusted-types newsprint-sanitizer lit-html`, so one page can be opened
// under several policies.

/** The strict policy every page under /test/pages/csp/ gets. */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "require-trusted-types-for 'script'",
].join('; ');

/** @type {import('koa').Middleware} */
export async function securityHeaders(ctx, next) {
  await next();
  // Pages under /test/pages/legacy-encoding/, and the scripts they load, are sent without a
  // charset, as an old blog host might: the browser falls back to windows-1252.
  if (
    ctx.path.startsWith('/test/pages/legacy-encoding/') ||
    (/\.js$/.test(ctx.path) && (ctx.get('referer') || '').includes('/test/pages/legacy-encoding/'))
  ) {
    ctx.set('Content-Type', ctx.path.endsWith('.js') ? 'text/javascript' : 'text/html');
    ctx.set('Cache-Control', 'no-store');
  }
  if (!ctx.path.startsWith('/test/pages/csp/')) return;
  const add = new URL(ctx.url, 'http://localhost').searchParams.get('add');
  ctx.set('Content-Security-Policy', add ? `${STRICT_CSP}; ${add}` : STRICT_CSP);
  // Every load gets the policy of its own URL, never a cached answer of another one.
  ctx.set('Cache-Control', 'no-store');
}
