import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ArticleDetection } from '@/lib/article';
import type { Receiver } from '@/lib/messages';

/**
 * The contract between the small script that runs on every page (the gate) and the article
 * runtime it loads only on articles. The runtime is a separate file so that pages that are
 * not articles never load the claims engine, the overlay, zod or the message protocol.
 */
export interface ArticleRuntime {
  /** Returns what undoes it all, for an in-page navigation away from the article. */
  startArticle(
    ctx: ContentScriptContext,
    article: ArticleDetection,
    navigated: boolean,
  ): () => void;
  receiveOnNonArticle: Receiver;
}

/** Where the runtime leaves its API in the content script's own (isolated) global scope. */
export const RUNTIME_KEY = '__sourcelightArticleRuntime';

/** The runtime's file, built by WXT from entrypoints/article-runtime.ts. */
export const RUNTIME_PATH = '/article-runtime.js';
