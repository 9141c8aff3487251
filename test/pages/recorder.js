// Records, for the embedding tests, what a host page would see of Newsprint: errors reaching the
// page's own handlers, console warnings (with the element they name), Content-Security-Policy
// violations, Trusted Types policies created, and Newsprint events. An external file, so that it
// also runs on pages whose CSP blocks inline scripts. Load it first, synchronously, in <head>.
(() => {
  const record = {
    errors: [],
    warnings: [],
    violations: [],
    policies: [],
    events: [],
  };
  window.__np = record;

  addEventListener('error', (event) => record.errors.push(String(event.message)));
  addEventListener('unhandledrejection', (event) => record.errors.push(String(event.reason)));

  document.addEventListener(
    'securitypolicyviolation',
    (event) =>
      record.violations.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} ${event.sample}`.trim(),
      ),
    true,
  );

  const warn = console.warn;
  console.warn = (...args) => {
    record.warnings.push({
      text: args
        .map((arg) => (arg instanceof Element ? `<${arg.localName}>` : String(arg)))
        .join(' '),
      element: args.find((arg) => arg instanceof Element) ?? null,
    });
    warn.apply(console, args);
  };

  const factory = window.trustedTypes;
  if (factory) {
    const createPolicy = factory.createPolicy.bind(factory);
    factory.createPolicy = (name, rules) => {
      record.policies.push(name);
      return createPolicy(name, rules);
    };
  }

  for (const type of ['newsprint-load', 'newsprint-error']) {
    document.addEventListener(
      type,
      (event) =>
        record.events.push({
          type,
          target: event.target,
          detail: event.detail,
          time: performance.now(),
        }),
      true,
    );
  }
})();
