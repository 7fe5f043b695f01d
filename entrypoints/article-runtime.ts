import { receiveOnNonArticle, startArticle } from './content/article';
import { type ArticleRuntime, RUNTIME_KEY } from './content/runtime';

/** The article runtime, imported by the content script's gate on article pages only. */
export default defineUnlistedScript(() => {
  const runtime: ArticleRuntime = { startArticle, receiveOnNonArticle };
  Object.assign(globalThis, { [RUNTIME_KEY]: runtime });
});
