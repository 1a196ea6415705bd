/**
 * Runs `work` once the browser is idle (at the latest after 3 s), for code a page may need later
 * but should not wait for. Returns a cancel function (an effect's cleanup).
 */
export function whenIdle(work: () => void): () => void {
  if (!('requestIdleCallback' in window)) {
    const timer = setTimeout(work, 1000);
    return () => clearTimeout(timer);
  }
  const handle = requestIdleCallback(work, { timeout: 3000 });
  return () => cancelIdleCallback(handle);
}
