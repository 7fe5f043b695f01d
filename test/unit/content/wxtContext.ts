import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * A context that behaves as WXT's ContentScriptContext does (wxt/utils/content-script-context):
 * `onInvalidated` adds a listener and returns its removal, and its timer helpers add one
 * listener per call that stays until the script is invalidated. `live` counts what is left.
 */
export function wxtLikeContext() {
  const listeners = new Set<() => void>();
  const onInvalidated = (cb: () => void) => {
    listeners.add(cb);
    return () => listeners.delete(cb);
  };
  const ctx = {
    onInvalidated,
    setTimeout: (fn: () => void, ms: number) => {
      const id = setTimeout(fn, ms);
      onInvalidated(() => clearTimeout(id));
      return id;
    },
    requestAnimationFrame: (fn: FrameRequestCallback) => {
      const id = requestAnimationFrame(fn);
      onInvalidated(() => cancelAnimationFrame(id));
      return id;
    },
  } as unknown as ContentScriptContext;
  return {
    ctx,
    live: () => listeners.size,
    invalidate: () => {
      for (const cb of [...listeners]) cb();
    },
  };
}
