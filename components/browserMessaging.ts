import { browser } from 'wxt/browser';
import { type BackgroundMessage, type ContentMessage, type Reply, send } from '../lib/messages';

/** The typed `send` of lib/messages bound to the browser's two message channels. */

export function sendToBackground<M extends BackgroundMessage>(
  message: M,
): Promise<Reply<M['type']>> {
  return send((m) => browser.runtime.sendMessage(m), message);
}

/** Sends to the tab's top frame only, so frames running the content script do not race to answer. */
export function sendToTab<M extends ContentMessage>(
  tabId: number,
  message: M,
): Promise<Reply<M['type']>> {
  return send((m) => browser.tabs.sendMessage(tabId, m, { frameId: 0 }), message);
}
