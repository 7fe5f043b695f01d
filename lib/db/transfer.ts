import { EXPORT_FORMAT, EXPORT_VERSION, type ExportFile, parseExport } from '../exportFormat';
import { groupByArticle } from './articles';
import type { SourcelightDb } from './database';
import { attempt, type DbResult, dbError } from './errors';
import { findArticle } from './lookup';
import { ArticleRecord, HighlightRecord } from './records';

export async function exportAll(
  db: SourcelightDb,
  now: number = Date.now(),
): Promise<DbResult<string>> {
  return attempt(() =>
    db.transaction('r', db.articles, db.highlights, async () => {
      const articles = await db.articles.orderBy('lastSeen').reverse().toArray();
      const groups = groupByArticle(articles, await db.highlights.toArray());
      const file: ExportFile = {
        format: EXPORT_FORMAT,
        version: EXPORT_VERSION,
        exportedAt: new Date(now).toISOString(),
        articles: groups.map(({ article: { id: _id, ...article }, highlights }) => ({
          ...article,
          highlights: highlights.map(({ id: _hid, articleId: _aid, ...h }) => h),
        })),
      };
      return JSON.stringify(file, null, 2);
    }),
  );
}

export interface ImportOutcome {
  /** Highlights added. */
  imported: number;
  /** Highlights already present (same article, same place, same quote). */
  skipped: number;
}

const sameHighlight = (a: Pick<HighlightRecord, 'quote' | 'anchor'>, b: typeof a) =>
  a.quote === b.quote && a.anchor.exact === b.anchor.exact && a.anchor.start === b.anchor.start;

/**
 * Merges an export into the database. The whole file is validated before anything is
 * written, and the writes happen in one transaction: a bad file or a full disk leaves the
 * existing highlights exactly as they were.
 */
export async function importAll(db: SourcelightDb, text: string): Promise<DbResult<ImportOutcome>> {
  const parsed = parseExport(text);
  if (!parsed.ok) return dbError('invalid', parsed.error);
  return attempt(() =>
    db.transaction('rw', db.articles, db.highlights, async () => {
      let imported = 0;
      let skipped = 0;
      for (const { highlights, ...article } of parsed.file.articles) {
        const existing = await findArticle(db, article.url, article.canonicalUrl);
        let articleId: number;
        let present: HighlightRecord[] = [];
        if (existing) {
          articleId = existing.id;
          present = await db.highlights.where('articleId').equals(articleId).toArray();
          await db.articles.update(articleId, {
            firstSeen: Math.min(existing.firstSeen, article.firstSeen),
            lastSeen: Math.max(existing.lastSeen, article.lastSeen),
          });
        } else {
          articleId = await db.articles.add(ArticleRecord.parse(article));
        }
        const fresh: HighlightRecord[] = [];
        for (const highlight of highlights) {
          if ([...present, ...fresh].some((p) => sameHighlight(p, highlight))) {
            skipped++;
          } else {
            fresh.push(HighlightRecord.parse({ ...highlight, articleId }));
          }
        }
        await db.highlights.bulkAdd(fresh);
        imported += fresh.length;
      }
      return { imported, skipped };
    }),
  );
}
