import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendToBackground } from '@/components/browserMessaging';
import { loadSettings, watchSettings } from '@/components/settingsStore';
import { type Reattached, reattach } from '@/lib/anchoring/reattach';
import type { ArticleDetection } from '@/lib/article';
import { findClaims } from '@/lib/claims';
import type { HighlightInput } from '@/lib/db/records';
import { createContentReceiver, type PageState, toMessageListener } from '@/lib/messages';
import type { Paragraph } from '@/lib/model';
import { storedCanonical } from '@/lib/pageUrl';
import { analyzeArticle } from '@/lib/pipeline';
import { DEFAULT_SETTINGS, isSiteDisabled, type Settings } from '@/lib/settings';
import { watchLateTeasers } from './lateTeasers';
import { ArticleSession } from './session';

/**
 * Sourcelight on a page the gate found to be an article: hides unrelated teasers, highlights
 * claims, mounts the overlay, answers the popup and hands the claims to the background to
 * keep. Loaded by the gate (index.ts) only on article pages. A change of settings made in the
 * options page or the popup reaches the open page at once: what Sourcelight did is undone and
 * done again under the new settings. `navigated`: the page came by an in-page navigation (see
 * storedCanonical). Returns what puts the page back and stops listening, for when the site
 * swaps this article for another page without loading one.
 */
export function startArticle(
  ctx: ContentScriptContext,
  article: ArticleDetection,
  navigated: boolean,
): () => void {
  const doc = document;
  // The address the article came with: a site may rewrite it later while the story stays.
  const url = location.href;
  let stopped = false;
  let state: PageState = emptyState('loading');
  let session: ArticleSession | null = null;
  let stopLateTeasers: (() => void) | null = null;
  let saveError: string | null = null;
  const listener = toMessageListener(
    createContentReceiver({
      'page:state': () => ({ ok: true, state: session ? stateOf(session, saveError) : state }),
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

  /** Puts the page back as it was served. */
  const undo = () => {
    stopLateTeasers?.();
    stopLateTeasers = null;
    session?.dispose();
    session = null;
    saveError = null;
    doc.documentElement.removeAttribute('data-sourcelight-orphans');
  };

  const apply = async (settings: Settings): Promise<void> => {
    undo();
    if (isSiteDisabled(settings, location.hostname)) {
      doc.documentElement.setAttribute('data-sourcelight', 'off');
      state = emptyState('disabled');
      return;
    }
    // Claims are found only when nothing was saved for this article: a revisit shows what the
    // reader kept, re-anchored, and the engine's work is skipped.
    const analysis = analyzeArticle(doc, article, {
      hideTeasers: settings.hideTeasers,
      findClaims: false,
    });
    const saving = {
      url,
      canonicalUrl: storedCanonical(doc, url, navigated),
      ...analysis.article.meta,
    };
    const restored = settings.highlightClaims
      ? await restoreSaved(saving, analysis.paragraphs)
      : null;
    // The site may have moved on to another page while the saved highlights were fetched.
    if (stopped) return;
    const claims = settings.highlightClaims
      ? (restored?.claims ?? findClaims(analysis.paragraphs))
      : [];
    const current = new ArticleSession(doc, { ...analysis, claims });
    session = current;
    if (settings.hideTeasers) {
      stopLateTeasers = watchLateTeasers(
        ctx,
        doc,
        (node) => current.isOurs(node),
        (added) => current.hideLateTeasers(added),
      );
    }
    if (!settings.highlightClaims) return;
    if (restored?.orphaned.length) {
      doc.documentElement.setAttribute(
        'data-sourcelight-orphans',
        String(restored.orphaned.length),
      );
    }
    const keep: HighlightInput[] = current.placed.map(({ claim, anchor }) => ({
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
      article: saving,
      claims: [...keep, ...(restored?.orphaned ?? [])],
    });
    // The highlights stay on the page; the popup tells the reader they were not kept.
    if (!saved.ok && session === current) saveError = saved.error;
  };

  // Settings are applied one after another, and only when a change concerns this page.
  let applied: Settings | null = null;
  let queue = Promise.resolve();
  const enqueue = (settings: Settings) => {
    queue = queue
      .then(() => {
        if (stopped) return;
        if (applied && sameEffect(applied, settings, location.hostname)) return;
        applied = settings;
        return apply(settings);
      })
      .catch((error) => console.debug('[Sourcelight]', error));
    return queue;
  };
  const unwatchSettings = watchSettings(enqueue);
  const stop = () => {
    if (stopped) return;
    stopped = true;
    unwatchSettings();
    browser.runtime.onMessage.removeListener(listener);
    undo();
  };
  const forgetStop = ctx.onInvalidated(stop);
  loadSettings()
    .catch(() => DEFAULT_SETTINGS)
    .then(enqueue);
  return () => {
    forgetStop();
    stop();
  };
}

/** Whether two settings ask the same of a page on `hostname`. */
function sameEffect(a: Settings, b: Settings, hostname: string): boolean {
  return (
    a.hideTeasers === b.hideTeasers &&
    a.highlightClaims === b.highlightClaims &&
    isSiteDisabled(a, hostname) === isSiteDisabled(b, hostname)
  );
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

/** What the popup hears on a page that is not an article: the same protocol, nothing to show. */
export const receiveOnNonArticle = createContentReceiver({
  'page:state': () => ({ ok: true, state: emptyState('not-article') }),
  'teasers:show': () => ({ ok: false, error: 'This page is not an article.' }),
  'claim:reveal': () => ({ ok: false, error: 'This page is not an article.' }),
});

function emptyState(status: PageState['status']): PageState {
  return {
    status,
    meta: null,
    claims: [],
    hiddenTeaserLinks: 0,
    teasersShown: false,
    saveError: null,
  };
}

function stateOf(session: ArticleSession, saveError: string | null): PageState {
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
    saveError,
  };
}
