import { z } from 'zod';
import type { SourcelightDb } from './database';
import { attempt, type DbResult, dbError } from './errors';
import { findArticle, withoutFragment } from './lookup';
import {
  type ArticleRecord,
  type ArticleWithHighlights,
  type Highlight,
  HighlightRecord,
  SaveInput,
} from './records';

export interface SaveOutcome {
  articleId: number;
  count: number;
}

/**
 * Stores an article and its claims. A revisit (same URL or canonical URL) updates the article
 * and replaces its highlights in the same transaction, so two tabs saving at once end with
 * one article and one set of highlights: IndexedDB runs overlapping read-write transactions
 * one after the other, and the second finds what the first stored.
 */
export async function saveArticle(
  db: SourcelightDb,
  input: SaveInput,
  now: number = Date.now(),
): Promise<DbResult<SaveOutcome>> {
  const parsed = SaveInput.safeParse(input);
  if (!parsed.success) {
    return dbError('invalid', `Invalid article: ${z.prettifyError(parsed.error)}`);
  }
  const { article, claims } = parsed.data;
  const url = withoutFragment(article.url);
  const canonicalUrl = article.canonicalUrl && withoutFragment(article.canonicalUrl);
  return attempt(() =>
    db.transaction('rw', db.articles, db.highlights, async () => {
      const existing = await findArticle(db, url, canonicalUrl);
      const record: ArticleRecord = {
        ...article,
        url: existing?.url ?? url,
        canonicalUrl: canonicalUrl ?? existing?.canonicalUrl ?? null,
        firstSeen: existing?.firstSeen ?? now,
        lastSeen: now,
      };
      let articleId: number;
      // A highlight kept from an earlier visit keeps the date it was first made.
      const firstMade = new Map<string, number>();
      if (existing) {
        articleId = existing.id;
        await db.articles.put({ ...record, id: articleId });
        const previous = db.highlights.where('articleId').equals(articleId);
        for (const h of await previous.toArray()) firstMade.set(h.anchor.exact, h.createdAt);
        await previous.delete();
      } else {
        articleId = await db.articles.add(record);
      }
      const highlights = claims.map((claim) =>
        HighlightRecord.parse({
          ...claim,
          articleId,
          createdAt: firstMade.get(claim.anchor.exact) ?? now,
        }),
      );
      await db.highlights.bulkAdd(highlights);
      return { articleId, count: highlights.length };
    }),
  );
}

export async function deleteArticle(db: SourcelightDb, id: number): Promise<DbResult<void>> {
  return attempt(() =>
    db.transaction('rw', db.articles, db.highlights, async () => {
      await db.highlights.where('articleId').equals(id).delete();
      await db.articles.delete(id);
    }),
  );
}

/** Groups highlights under their articles, most recently seen article first, each in reading order. */
export function groupByArticle(
  articlesNewestFirst: ArticleWithHighlights['article'][],
  highlights: Highlight[],
): ArticleWithHighlights[] {
  const byArticle = new Map<number, Highlight[]>();
  for (const highlight of highlights) {
    const list = byArticle.get(highlight.articleId) ?? [];
    list.push(highlight);
    byArticle.set(highlight.articleId, list);
  }
  return articlesNewestFirst.flatMap((article) => {
    const list = byArticle.get(article.id);
    if (!list) return [];
    list.sort((a, b) => a.anchor.start - b.anchor.start);
    return [{ article, highlights: list }];
  });
}

export async function listArticlesWithHighlights(
  db: SourcelightDb,
): Promise<DbResult<ArticleWithHighlights[]>> {
  return attempt(() =>
    db.transaction('r', db.articles, db.highlights, async () => {
      const articles = await db.articles.orderBy('lastSeen').reverse().toArray();
      return groupByArticle(articles, await db.highlights.toArray());
    }),
  );
}
