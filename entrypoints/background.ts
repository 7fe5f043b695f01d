import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { loadSettings } from '../components/settingsStore';
import { getDb, highlightsForUrl, saveArticle } from '../lib/db';
import { createBackgroundReceiver, toMessageListener } from '../lib/messages';

/** The database's only owner: content scripts save and read highlights through these messages. */
export default defineBackground(() => {
  const db = getDb();
  const receive = createBackgroundReceiver({
    'article:save': async ({ article, claims }) => {
      const result = await saveArticle(db, { article, claims });
      return result.ok ? { ok: true, ...result.value } : { ok: false, error: result.error.message };
    },
    'highlights:get': async ({ url, canonicalUrl }) => {
      const result = await highlightsForUrl(db, url, canonicalUrl);
      return result.ok ? { ok: true, ...result.value } : { ok: false, error: result.error.message };
    },
    'settings:get': async () => ({ ok: true, settings: await loadSettings() }),
  });
  browser.runtime.onMessage.addListener(toMessageListener(receive));
});
