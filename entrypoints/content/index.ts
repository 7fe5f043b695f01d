import './style.css';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { type ArticleDetection, detectInBrowser } from '@/lib/article';
import { pageAddress } from '@/lib/pageUrl';
import { watchNavigatedPage } from './navigation';
import { type ArticleRuntime, RUNTIME_KEY, RUNTIME_PATH } from './runtime';

/**
 * The gate: the only script that runs on every http(s) page. It decides whether the page is
 * an article; on one that is not, it stops, having loaded nothing else and read no element of
 * the page, let alone marked one: a page could tell the extension is there, and in Chromium the
 * first element read costs more than the check. On an article it loads the article runtime and
 * hands it the live body it found.
 * A site that moves to another page without loading one (rewriting the address and swapping
 * its content) gets the same decision again once the new content has settled.
 * Nothing may throw into the page: failures go to the console at debug level.
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    const started = import.meta.env.MODE === 'bench' ? performance.now() : 0;
    const first = detect();
    const checked = import.meta.env.MODE === 'bench' ? performance.now() : 0;
    let visit = enter(ctx, first, false);
    let address = pageAddress(location.href);
    const paragraphs = document.getElementsByTagName('p');
    // The page may still change under us for a while after it went idle. A site that renders
    // its story from a script behind a placeholder is looked at again, once, when its paragraphs
    // have since at least doubled; one that renders the story we found anew (replacing its
    // elements, which takes our marks and hidden teasers with them) as soon as they are gone.
    let before = paragraphs.length;
    let cancelWatch = watchNavigatedPage(ctx, (final) => {
      const current = visit.article;
      if (current ? stillThere(current) : paragraphs.length < grown(before)) return final;
      const article = detect();
      if (article || current) {
        visit.leave();
        visit = enter(ctx, article, false);
      }
      // A story gone with nothing in its place yet: its replacement is being rendered.
      before = paragraphs.length;
      return article !== null || !current || final;
    });
    ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => {
      const next = pageAddress(newUrl.href);
      if (next === address) return;
      address = next;
      cancelWatch();
      // After the first look, the page is looked at again only when its paragraphs changed (or
      // at the end): a busy page is quiet now and then, and each look is a detection.
      let seen = -1;
      cancelWatch = watchNavigatedPage(ctx, (final) => {
        if (!final && paragraphs.length === seen) return false;
        seen = paragraphs.length;
        const article = detect();
        const current = visit.article;
        // The same story still there (an address rewritten as the reader scrolls), or still no
        // story: wait for the content to change, and keep what there is at the end.
        if (article && current && sameArticle(article, current)) return final;
        if (!article && !current) return final;
        // No story yet while ours is still on the page: the next one may be loading.
        if (!article && current && stillThere(current) && !final) return false;
        visit.leave();
        visit = enter(ctx, article, true);
        // A page with no story yet may still get one: the site shows a placeholder first.
        return article !== null || final;
      });
    });
    // Only in builds made with `--mode bench` (npm run bench:extension reads them): the check's
    // time and the whole script's, where they run, in the content script's own world. Written
    // last, the clock read first: reading <html> costs its bindings.
    if (import.meta.env.MODE === 'bench') {
      const total = performance.now() - started;
      const { dataset } = document.documentElement;
      dataset.sourcelightMs = String(checked - started);
      dataset.sourcelightTotalMs = String(total);
      dataset.sourcelightVerdict = first ? 'article' : 'none';
    }
  },
});

/** The paragraph count at which a page found not to be an article is looked at again. */
const grown = (before: number) => Math.max(2 * before, before + 5);

interface Visit {
  article: ArticleDetection | null;
  /** Undoes what Sourcelight did on this page and stops listening for it. */
  leave: () => void;
}

function detect(): ArticleDetection | null {
  try {
    return detectInBrowser(document);
  } catch (error) {
    console.debug('[Sourcelight]', error);
    return null;
  }
}

/** The story's elements are still in the page: the site has not rendered it anew or swapped it out. */
function stillThere(article: ArticleDetection): boolean {
  return article.body.isConnected && !!article.blocks[0]?.element.isConnected;
}

/** The same story still on the page: an address rewritten as the reader scrolls, say. */
function sameArticle(a: ArticleDetection, b: ArticleDetection): boolean {
  return a.body === b.body && a.blocks[0]?.element === b.blocks[0]?.element;
}

function enter(
  ctx: ContentScriptContext,
  article: ArticleDetection | null,
  navigated: boolean,
): Visit {
  let stop: (() => void) | null = null;
  let left = false;
  if (article) {
    const found = article;
    loadRuntime()
      .then((runtime) => {
        if (!left) stop = runtime.startArticle(ctx, found, navigated);
      })
      .catch((error) => console.debug('[Sourcelight]', error));
  } else {
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
    stop = () => browser.runtime.onMessage.removeListener(listener);
  }
  const forget = ctx.onInvalidated(() => stop?.());
  return {
    article,
    leave: () => {
      left = true;
      forget();
      stop?.();
    },
  };
}

async function loadRuntime(): Promise<ArticleRuntime> {
  const global = globalThis as unknown as Record<string, ArticleRuntime | undefined>;
  if (!global[RUNTIME_KEY]) await import(/* @vite-ignore */ browser.runtime.getURL(RUNTIME_PATH));
  const runtime = global[RUNTIME_KEY];
  if (!runtime) throw new Error('The Sourcelight article runtime did not load.');
  return runtime;
}
