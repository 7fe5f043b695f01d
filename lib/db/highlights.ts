import type { SourceKind } from '../model';
import { groupByArticle } from './articles';
import type { SourcelightDb } from './database';
import { attempt, type DbResult, dbError } from './errors';
import { findArticle } from './lookup';
import type { ArticleWithHighlights, Highlight } from './records';

export interface HighlightsForPage {
  articleId: number | null;
  highlights: Highlight[];
}

/** What was saved for a page, in reading order, so the content script can re-attach it. */
export async function highlightsForUrl(
  db: SourcelightDb,
  url: string,
  canonicalUrl: string | null,
): Promise<DbResult<HighlightsForPage>> {
  return attempt(() =>
    db.transaction('r', db.articles, db.highlights, async () => {
      const article = await findArticle(db, url, canonicalUrl);
      if (!article) return { articleId: null, highlights: [] };
      const highlights = await db.highlights.where('articleId').equals(article.id).toArray();
      highlights.sort((a, b) => a.anchor.start - b.anchor.start);
      return { articleId: article.id, highlights };
    }),
  );
}

/** Case- and accent-insensitive, so "Zelenskyy" finds "ZELENSKYY" and "Kyiv" finds "Kyïv". */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function matches(highlight: Highlight, words: string[]): boolean {
  const haystack = foldForSearch(
    [highlight.quote, highlight.speaker, highlight.resolvedSpeaker, highlight.via]
      .filter(Boolean)
      .join('\n'),
  );
  return words.every((word) => haystack.includes(word));
}

/**
 * Highlights whose quote or source (speaker, resolved speaker, via) contains every word of
 * `query`, optionally of one source kind, grouped by article.
 */
export async function searchHighlights(
  db: SourcelightDb,
  query: string,
  kind: SourceKind | null = null,
): Promise<DbResult<ArticleWithHighlights[]>> {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  return attempt(() =>
    db.transaction('r', db.articles, db.highlights, async () => {
      const articles = await db.articles.orderBy('lastSeen').reverse().toArray();
      const candidates = kind
        ? await db.highlights.where('sourceKind').equals(kind).toArray()
        : await db.highlights.toArray();
      const found = candidates.filter((h) => matches(h, words));
      return groupByArticle(articles, found);
    }),
  );
}

/** Deletes one highlight; an article left with none is deleted with it. */
export async function deleteHighlight(db: SourcelightDb, id: number): Promise<DbResult<void>> {
  const result = await attempt(() =>
    db.transaction('rw', db.articles, db.highlights, async () => {
      const highlight = await db.highlights.get(id);
      if (!highlight) return false;
      await db.highlights.delete(id);
      const left = await db.highlights.where('articleId').equals(highlight.articleId).count();
      if (left === 0) await db.articles.delete(highlight.articleId);
      return true;
    }),
  );
  if (result.ok && !result.value) return dbError('not-found', `No highlight with id ${id}.`);
  return result.ok ? { ok: true, value: undefined } : result;
}
