// Counts this page's view with `repere collect --views` (collect_views in repere.yml): the page's
// path only, sent once when the page is shown; no identifier, no cookie, nothing kept in the browser.
const report = document.currentScript?.dataset.report;
if (report) {
  const body = new URLSearchParams({ page: window.location.pathname });
  if (!navigator.sendBeacon?.(report, body)) fetch(report, { method: 'POST', body, mode: 'no-cors', keepalive: true }).catch(() => {});
}
