import { browser } from 'wxt/browser';
import type { PageState, Reply } from '../../lib/messages';
import { sendToTab } from '../browserMessaging';

/** What the popup needs from the outside world; tests hand in a fake. */
export interface PopupClient {
  pageState(): Promise<Reply<'page:state'>>;
  showTeasers(shown: boolean): Promise<Reply<'teasers:show'>>;
  revealClaim(id: string): Promise<Reply<'claim:reveal'>>;
  openOptions(): void;
}

export type { PageState };

/**
 * The tab the popup reports on: the active one, or `?tab=<id>` when popup.html is opened as a
 * page (end-to-end tests do that, since a tab holding the popup is itself the active tab).
 */
async function activeTabId(): Promise<number | null> {
  const requested = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(requested) && requested > 0) return requested;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

async function toActiveTab<T>(
  sendTo: (tabId: number) => Promise<T>,
): Promise<T | { ok: false; error: string }> {
  const tabId = await activeTabId().catch(() => null);
  return tabId === null ? { ok: false, error: 'No active tab.' } : sendTo(tabId);
}

export const browserPopupClient: PopupClient = {
  pageState: () => toActiveTab((tabId) => sendToTab(tabId, { type: 'page:state' })),
  showTeasers: (shown) => toActiveTab((tabId) => sendToTab(tabId, { type: 'teasers:show', shown })),
  revealClaim: (id) => toActiveTab((tabId) => sendToTab(tabId, { type: 'claim:reveal', id })),
  openOptions: () => {
    void browser.runtime.openOptionsPage();
    window.close();
  },
};
