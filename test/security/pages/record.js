// First script of every test page: records CSP violations, uncaught errors and console
// warnings/errors from the very start, labelled with the state the test says it is
// rendering (window.__state), so the parent test can read them all.
window.__violations = [];
window.__errors = [];
window.__console = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__violations.push({
    state: window.__state || 'page load',
    directive: e.effectiveDirective,
    blocked: e.blockedURI,
    sample: e.sample,
    source: `${e.sourceFile}:${e.lineNumber}`,
  });
});
window.addEventListener('error', (e) => window.__errors.push(String(e.message || e.error)));
window.addEventListener('unhandledrejection', (e) => window.__errors.push(String(e.reason)));
for (const level of ['warn', 'error']) {
  const original = console[level];
  console[level] = (...args) => {
    window.__console.push(`${level}: ${args.map(String).join(' ')}`);
    original.apply(console, args);
  };
}
