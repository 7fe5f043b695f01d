import './style.css';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendToBackground } from '@/components/browserMessaging';
import { loadSettings } from '@/components/settingsStore';
import { type Reattached, reattach } from '@/lib/anchoring/reattach';
import type { HighlightInput } from '@/lib/db/records';
import { createContentReceiver, type PageState, toMessageListener } from '@/lib/messages';
import type { Paragraph } from '@/lib/model';
import { canonicalUrl } from '@/lib/pageUrl';
import { analyzePage } from '@/lib/pipeline';
import { DEFAULT_SETTINGS, isSiteDisabled } from '@/lib/settings';
import { watchLateTeasers } from './lateTeasers';
import { ArticleSession } from './session';

/**
 * Runs on every http(s) page once it is ready. On a page that is not an article it sets one
 * attribute and stops; on an article it hides unrelated teasers, highlights claims, mounts
 * the overlay and hands the claims to the background to keep. Nothing it does may throw into
 * the page: failures are logged to the console at debug level.
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    run(ctx).catch((error) => console.debug('[Sourcelight]', error));
  },
});

async function run(ctx: ContentScriptContext): Promise<void> {
  const doc = document;
  let state: PageState = emptyState('loading');
  let session: ArticleSession | null = null;
  const listener = toMessageListener(
    createContentReceiver({
      'page:state': () => ({ ok: true, state: session ? stateOf(session) : state }),
      'teasers:show': ({ shown }) => {
        session?.showTeasers(shown);
        return { ok: true };
      },
      'claim:reveal': ({ id }) =>
        session?.reveal(id)
          ? { ok: true }
          : { ok: false, error: `No highlighted claim ${id} on this page.` },
    }),
  );
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));

  const settings = await loadSettings().catch(() => DEFAULT_SETTINGS);
  if (isSiteDisabled(settings, location.hostname)) {
    doc.documentElement.setAttribute('data-sourcelight', 'off');
    state = emptyState('disabled');
    return;
  }
  const analysis = analyzePage(doc, {
    hideTeasers: settings.hideTeasers,
    findClaims: settings.highlightClaims,
  });
  if (!analysis) {
    doc.documentElement.setAttribute('data-sourcelight', 'none');
    state = emptyState('not-article');
    return;
  }
  const article = {
    url: location.href,
    canonicalUrl: canonicalUrl(doc),
    ...analysis.article.meta,
  };
  const restored = settings.highlightClaims
    ? await restoreSaved(article, analysis.paragraphs)
    : null;
  const current = new ArticleSession(
    doc,
    restored ? { ...analysis, claims: restored.claims } : analysis,
  );
  session = current;
  ctx.onInvalidated(() => current.dispose());
  if (settings.hideTeasers) {
    watchLateTeasers(
      ctx,
      doc,
      (node) => current.isOurs(node),
      (added) => current.hideLateTeasers(added),
    );
  }
  if (!settings.highlightClaims) return;
  if (restored?.orphaned.length) {
    doc.documentElement.setAttribute('data-sourcelight-orphans', String(restored.orphaned.length));
  }
  const claims: HighlightInput[] = current.placed.map(({ claim, anchor }) => ({
    sentence: claim.sentence,
    quote: claim.quote,
    speaker: claim.speaker,
    resolvedSpeaker: claim.resolvedSpeaker,
    cue: claim.cue,
    via: claim.via,
    form: claim.form,
    sourceKind: claim.sourceKind,
    anchor,
  }));
  const saved = await sendToBackground({
    type: 'article:save',
    article,
    claims: [...claims, ...(restored?.orphaned ?? [])],
  });
  if (!saved.ok) console.debug('[Sourcelight] could not save highlights:', saved.error);
}

/**
 * On a revisit, what the reader saw before comes back: saved highlights are re-anchored in
 * today's text (a highlight the reader deleted stays deleted). Null on a first visit.
 */
async function restoreSaved(
  article: { url: string; canonicalUrl: string | null },
  paragraphs: Paragraph[],
): Promise<Reattached | null> {
  const saved = await sendToBackground({ type: 'highlights:get', ...article });
  if (!saved.ok || saved.highlights.length === 0) return null;
  return reattach(
    paragraphs,
    saved.highlights.map(({ id: _id, createdAt: _at, ...input }) => input),
  );
}

function emptyState(status: PageState['status']): PageState {
  return { status, meta: null, claims: [], hiddenTeaserLinks: 0, teasersShown: false };
}

function stateOf(session: ArticleSession): PageState {
  return {
    status: 'article',
    meta: session.article.meta,
    claims: session.placed
      .filter((p) => p.marks.length > 0)
      .map(({ id, claim }) => ({
        id,
        quote: claim.quote,
        speaker: claim.speaker,
        resolvedSpeaker: claim.resolvedSpeaker,
        via: claim.via,
        cue: claim.cue,
        form: claim.form,
        sourceKind: claim.sourceKind,
      })),
    hiddenTeaserLinks: session.hiddenLinkCount(),
    teasersShown: session.shown,
  };
}
