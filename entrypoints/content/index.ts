import './style.css';
import { browser } from 'wxt/browser';
import { detectArticle } from '@/lib/article';
import { type ArticleRuntime, RUNTIME_KEY, RUNTIME_PATH } from './runtime';

/**
 * The gate: the only script that runs on every http(s) page. It decides whether the page is
 * an article; on one that is not, it sets one attribute and stops, having loaded nothing
 * else. On an article it loads the article runtime and hands it the live body it found.
 * Nothing may throw into the page: failures go to the console at debug level.
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    let article: ReturnType<typeof detectArticle> = null;
    try {
      article = detectArticle(document);
    } catch (error) {
      console.debug('[Sourcelight]', error);
    }
    if (article) {
      const found = article;
      loadRuntime()
        .then((runtime) => runtime.startArticle(ctx, found))
        .catch((error) => console.debug('[Sourcelight]', error));
      return;
    }
    document.documentElement.setAttribute('data-sourcelight', 'none');
    // The popup may still ask what this page is; only then is the message protocol loaded.
    const listener = (
      message: unknown,
      sender: unknown,
      sendResponse: (reply: unknown) => void,
    ) => {
      loadRuntime()
        .then((runtime) => runtime.receiveOnNonArticle(message, sender))
        .then(sendResponse, (error) => sendResponse({ ok: false, error: String(error) }));
      return true;
    };
    browser.runtime.onMessage.addListener(listener);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
  },
});

async function loadRuntime(): Promise<ArticleRuntime> {
  const global = globalThis as unknown as Record<string, ArticleRuntime | undefined>;
  if (!global[RUNTIME_KEY]) await import(/* @vite-ignore */ browser.runtime.getURL(RUNTIME_PATH));
  const runtime = global[RUNTIME_KEY];
  if (!runtime) throw new Error('The Sourcelight article runtime did not load.');
  return runtime;
}
