import { useCallback } from 'react';
import { PopupView } from './PopupView';
import type { PopupClient } from './popupClient';
import { usePageState } from './usePageState';

export function PopupApp({ client }: { client: PopupClient }) {
  const [view, refresh] = usePageState(client);
  const onToggleTeasers = useCallback(
    async (shown: boolean) => {
      await client.showTeasers(shown);
      await refresh();
    },
    [client, refresh],
  );
  const onReveal = useCallback((id: string) => void client.revealClaim(id), [client]);
  return (
    <PopupView
      view={view}
      onToggleTeasers={onToggleTeasers}
      onReveal={onReveal}
      onOpenOptions={client.openOptions}
    />
  );
}
