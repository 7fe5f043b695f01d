import { useCallback, useEffect, useState } from 'react';
import type { PageState } from '../../lib/messages';
import type { PopupClient } from './popupClient';

export type PopupView =
  | { kind: 'waiting' }
  | { kind: 'unavailable'; error: string }
  | { kind: 'page'; state: PageState };

const POLL_MS = 400;
const MAX_POLLS = 25;

/**
 * The active tab's analysis. While the content script reports `loading` the popup asks again
 * a few times a second, giving up after about ten seconds.
 */
export function usePageState(client: PopupClient): [PopupView, () => Promise<void>] {
  const [view, setView] = useState<PopupView>({ kind: 'waiting' });

  const refresh = useCallback(async () => {
    const reply = await client.pageState();
    setView(
      reply.ok ? { kind: 'page', state: reply.state } : { kind: 'unavailable', error: reply.error },
    );
  }, [client]);

  useEffect(() => {
    let polls = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let cancelled = false;
    const poll = async () => {
      const reply = await client.pageState();
      if (cancelled) return;
      setView(
        reply.ok
          ? { kind: 'page', state: reply.state }
          : { kind: 'unavailable', error: reply.error },
      );
      if (reply.ok && reply.state.status === 'loading' && ++polls < MAX_POLLS) {
        timer = setTimeout(poll, POLL_MS);
      }
    };
    void poll();
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [client]);

  return [view, refresh];
}
