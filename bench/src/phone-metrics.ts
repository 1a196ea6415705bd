// What the phone benchmark observes inside the page, and how it turns that into "usable".
//
// Usable, Lighthouse's Time to Interactive with one change: it starts from the moment the page's
// first form control (not the first paint) is visible and enabled, then looks for the first window
// of QUIET_MS with no long task (> 50 ms) on the main thread and at most two requests in flight;
// the page is usable at the end of the last long task before that window, or when the control
// appeared if that is later. A citizen can tap the form then, and it answers.

export const QUIET_MS = 5_000;

/** The first control a person would use: a visible, enabled field of the page's form. */
export const FIRST_CONTROL =
  'main form :is(input, textarea, select):not([type="hidden"]):not([tabindex="-1"]):not([disabled])';

export interface Probe {
  /** performance.now() when FIRST_CONTROL was first visible and enabled. */
  ready: number | null;
  longTasks: [start: number, end: number][];
  /** Every request of the page (the document too): start, end, URL, what started it. */
  requests: { start: number; end: number; url: string; initiator: string }[];
  now: number;
}

/**
 * Installed before any script of the page: records long tasks and the moment FIRST_CONTROL shows.
 * A string, run by the browser as it is (it must not depend on the bundler's helpers).
 */
export const PROBE_SCRIPT = `(() => {
  const probe = { ready: null, longTasks: [] };
  window.__phoneProbe = probe;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) probe.longTasks.push([e.startTime, e.startTime + e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  const check = () => {
    if (probe.ready !== null) return;
    const el = document.querySelector(${JSON.stringify(FIRST_CONTROL)});
    if (!el) return;
    const box = el.getBoundingClientRect();
    if (box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden') {
      probe.ready = performance.now();
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { subtree: true, childList: true, attributes: true });
})()`;

/** Read in the page: the probe with every finished request's timing. */
export const READ_PROBE = `(() => {
  const probe = window.__phoneProbe;
  const nav = performance.getEntriesByType('navigation')[0];
  const requests = [nav, ...performance.getEntriesByType('resource')].filter(Boolean).map((e) => ({
    start: e.startTime, end: e.responseEnd, url: e.name, initiator: e.initiatorType,
  }));
  return { ready: probe.ready, longTasks: probe.longTasks, requests, now: performance.now() };
})()`;

/** Requests in flight at `at` (a request counts from its start to its response's end). */
function inFlight(requests: Probe['requests'], at: number): number {
  return requests.filter((r) => r.start <= at && at < r.end).length;
}

/** Where a QUIET_MS window may begin: after each long task and each request's end. */
function quietWindowStart(probe: Probe, from: number): number | null {
  const candidates = [from, ...probe.longTasks.map(([, end]) => end), ...probe.requests.map((r) => r.end)]
    .filter((t) => t >= from)
    .sort((a, b) => a - b);
  for (const start of candidates) {
    const end = start + QUIET_MS;
    if (end > probe.now) return null;
    if (probe.longTasks.some(([s, e]) => s < end && e > start)) continue;
    const edges = [
      start,
      ...probe.requests.flatMap((r) => [r.start, r.end]).filter((t) => t > start && t < end),
    ];
    if (edges.every((t) => inFlight(probe.requests, t) <= 2)) return start;
  }
  return null;
}

/** Milliseconds from navigation to usable, or null while the page has not settled yet. */
export function usableAt(probe: Probe): number | null {
  if (probe.ready === null) return null;
  const ready = probe.ready;
  const quiet = quietWindowStart(probe, ready);
  if (quiet === null) return null;
  const lastTask = probe.longTasks
    .filter(([, end]) => end <= quiet)
    .reduce((max, [, end]) => Math.max(max, end), 0);
  return Math.max(ready, lastTask);
}
