import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** The page must have stopped changing this long before it is looked at again. */
const QUIET_MS = 400;
/** After this the page is taken as it is, even if it keeps changing (tickers, ads). */
const GIVE_UP_MS = 6_000;

/**
 * After an in-page navigation (the site swapped its content and rewrote the address without
 * loading a page), asks `look` about the page each time it has been quiet for QUIET_MS, until
 * `look` says it is settled; at GIVE_UP_MS it asks a last time with `final` set. A site that
 * fetches the new story shows a placeholder first: a look that finds no article yet waits for
 * the next quiet spell rather than deciding. The gate also uses it to give a page found not to be
 * an article at idle a second look. Returns what cancels the watch (a newer navigation).
 */
export function watchNavigatedPage(
  ctx: ContentScriptContext,
  look: (final: boolean) => boolean,
): () => void {
  let quiet = 0;
  const observer = new MutationObserver(() => restart());
  const cancel = () => {
    forget();
    observer.disconnect();
    clearTimeout(quiet);
    clearTimeout(giveUp);
  };
  const ask = (final: boolean) => {
    let settled = true;
    try {
      settled = look(final);
    } catch (error) {
      console.debug('[Sourcelight]', error);
    }
    if (settled || final) cancel();
  };
  const restart = () => {
    clearTimeout(quiet);
    // Plain timers: WXT's own add an invalidation listener per call, and this one is reset on
    // every batch of changes; cancel() clears them when the script is invalidated.
    quiet = window.setTimeout(() => ask(false), QUIET_MS);
  };
  const giveUp = window.setTimeout(() => ask(true), GIVE_UP_MS);
  // The document, not its root element: on a page found not to be an article no element is
  // read (see the gate).
  observer.observe(document, {
    childList: true,
    subtree: true,
    characterData: true,
  });
  restart();
  const forget = ctx.onInvalidated(cancel);
  return cancel;
}
