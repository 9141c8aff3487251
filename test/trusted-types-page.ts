/**
 * Runs inside an iframe whose CSP requires Trusted Types (see sanitize.test.ts): loads the
 * sanitizer and Lit only after listening for violations, sanitizes and renders, and reports.
 */
export interface TrustedTypesReport {
  /** Whether the page really enforces Trusted Types (a raw innerHTML assignment threw). */
  enforced: boolean;
  importError?: string;
  sanitized?: string;
  renderedHref?: string | null;
  renderedImgSrc?: string | null;
  renderedText?: string;
  text?: string;
  violations: string[];
  warnings: string[];
  errors: string[];
}

export async function run(): Promise<TrustedTypesReport> {
  const report: TrustedTypesReport = { enforced: false, violations: [], warnings: [], errors: [] };
  document.addEventListener('securitypolicyviolation', (event) => {
    report.violations.push(`${event.violatedDirective} ${event.sample}`);
  });
  window.addEventListener('error', (event) => report.errors.push(String(event.message)));
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    report.warnings.push(args.map(String).join(' '));
  };

  try {
    document.createElement('div').innerHTML = '<b>x</b>';
  } catch {
    report.enforced = true;
  }
  // The probe above is a violation by design; only count what comes after it.
  await new Promise((resolve) => setTimeout(resolve));
  report.violations.length = 0;

  try {
    const { html, render } = await import('lit');
    const { sanitizeHtml, renderSanitized, htmlToText } =
      await import('../src/article/sanitize.js');
    const clean = sanitizeHtml(
      '<p>Hello <a href="https://partner.example/other.html">link</a>' +
        '<img src="../seed.json" onerror="parent.__xss(1)"></p>',
      // A real same-origin answer (not an image), so the test loads nothing from elsewhere.
      { baseUrl: new URL('/api/tt/a.json', document.baseURI).href },
    );
    report.sanitized = clean;
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    render(html`<div>${renderSanitized(clean)}</div>`, root);
    report.renderedHref = root.querySelector('a')?.getAttribute('href');
    report.renderedImgSrc = root.querySelector('img')?.getAttribute('src');
    report.renderedText = root.textContent ?? '';
    report.text = htmlToText('<p>One</p><p>Two <b>three</b></p>');
  } catch (error) {
    report.importError = String(error);
  }
  await new Promise((resolve) => setTimeout(resolve, 50));
  console.warn = warn;
  return report;
}
