import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** How long the page may stay quiet (no new teaser found) before we stop watching it. */
const QUIET_MS = 15_000;
/** A page that keeps adding nodes (ad refreshes, tickers) is scanned at most this often. */
const MIN_GAP_MS = 300;
/** A teaser widget holds several links; a lone link added to the page is not one. */
const MIN_LINKS = 2;

/**
 * Watches for teaser widgets that the page inserts after load (vendor recommendation boxes).
 * Mutations are collected and handled once per animation frame, and at most once every
 * MIN_GAP_MS; our own nodes are ignored; the observer disconnects after a quiet period, so a
 * busy page does not pay for us forever. Returns the function that stops watching (also called
 * when the content script is invalidated).
 */
export function watchLateTeasers(
  ctx: ContentScriptContext,
  doc: Document,
  isOurs: (node: Node) => boolean,
  handle: (added: Element[]) => boolean,
): () => void {
  let pending: Element[] = [];
  let frame = 0;
  let quietTimer = 0;
  let gapTimer = 0;
  let lastScan = Number.NEGATIVE_INFINITY;
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      for (const node of r.addedNodes) {
        if (node.nodeType === 1 && !isOurs(node)) pending.push(node as Element);
      }
    }
    if (pending.length > 0 && !frame) frame = requestAnimationFrame(flush);
  });
  const stop = () => {
    forget();
    observer.disconnect();
    clearTimeout(quietTimer);
    clearTimeout(gapTimer);
    cancelAnimationFrame(frame);
  };
  const restartQuietTimer = () => {
    clearTimeout(quietTimer);
    quietTimer = window.setTimeout(stop, QUIET_MS);
  };
  function flush() {
    frame = 0;
    const wait = lastScan + MIN_GAP_MS - performance.now();
    if (wait > 0) {
      if (!gapTimer) {
        gapTimer = window.setTimeout(() => {
          gapTimer = 0;
          if (!frame) frame = requestAnimationFrame(flush);
        }, wait);
      }
      return;
    }
    const added = pending.filter((el) => el.isConnected);
    pending = [];
    const links = added.reduce((n, el) => n + el.getElementsByTagName('a').length, 0);
    if (links < MIN_LINKS) return;
    lastScan = performance.now();
    if (handle(added)) restartQuietTimer();
  }
  observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true });
  restartQuietTimer();
  // One invalidation hook, let go when the watch stops: WXT's own timers add one per call and
  // keep it until the script is invalidated, which on a site that moves between stories without
  // loading a page would hold every story it left, detached, for as long as the tab is open.
  const forget = ctx.onInvalidated(stop);
  return stop;
}
