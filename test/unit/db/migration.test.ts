import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { highlightsForUrl, listArticlesWithHighlights, SourcelightDb } from '../../../lib/db';
import { ArticleRecord, HighlightRecord } from '../../../lib/db/records';
import { type ArticleV1, type HighlightV1, V1_STORES } from '../../../lib/db/versions';

/** Builds the database exactly as version 1 of Sourcelight left it. */
async function seedV1(indexedDB: IDBFactory) {
  const v1 = new Dexie('sourcelight', { indexedDB, IDBKeyRange });
  v1.version(1).stores(V1_STORES);
  const article: ArticleV1 = {
    url: 'https://news.example.com/a',
    title: 'Old story',
    byline: null,
    siteName: 'Example News',
    publishedAt: null,
    savedAt: 1_700_000_000_000,
  };
  const articleId = (await v1.table('articles').add(article)) as number;
  const highlights: HighlightV1[] = [
    {
      articleId,
      quote: 'We stand ready',
      sentence: '"We stand ready," the ministry said.',
      speaker: 'the ministry',
      cue: 'said',
      kind: 'organisation',
      anchor: { exact: 'We stand ready', prefix: '"', suffix: ',"', start: 1, end: 15 },
      createdAt: 1_700_000_000_000,
    },
    {
      articleId,
      quote: 'talks had stalled',
      sentence: 'Talks had stalled, according to people familiar with the matter.',
      speaker: null,
      cue: null,
      kind: 'none',
      anchor: { exact: 'talks had stalled', prefix: '', suffix: ', acc', start: 40, end: 57 },
      createdAt: 1_700_000_000_000,
    },
  ];
  await v1.table('highlights').bulkAdd(highlights);
  v1.close();
  return articleId;
}

describe('migration from version 1 to version 2', () => {
  it('keeps every article and highlight and fills the new fields', async () => {
    const indexedDB = new IDBFactory();
    const articleId = await seedV1(indexedDB);

    const db = new SourcelightDb('sourcelight', { indexedDB, IDBKeyRange });
    const articles = await db.articles.toArray();
    const highlights = await db.highlights.orderBy('id').toArray();
    expect(db.verno).toBe(2);
    expect(articles).toHaveLength(1);
    expect(highlights).toHaveLength(2);

    expect(articles[0]).toMatchObject({
      id: articleId,
      canonicalUrl: null,
      firstSeen: 1_700_000_000_000,
      lastSeen: 1_700_000_000_000,
    });
    expect(articles[0]).not.toHaveProperty('savedAt');
    expect(highlights[0]).toMatchObject({
      sourceKind: 'organization',
      resolvedSpeaker: 'the ministry',
      via: null,
      form: 'direct',
    });
    expect(highlights[1]).toMatchObject({ sourceKind: 'unattributed', form: 'indirect' });
    expect(highlights[1]).not.toHaveProperty('kind');

    // Migrated records are valid current records, and the new indexes answer queries.
    for (const a of articles) expect(ArticleRecord.safeParse(a).success).toBe(true);
    for (const h of highlights) expect(HighlightRecord.safeParse(h).success).toBe(true);
    expect(await db.highlights.where('sourceKind').equals('unattributed').count()).toBe(1);
    const page = await highlightsForUrl(db, 'https://news.example.com/a', null);
    expect(page.ok && page.value.highlights.map((h) => h.quote)).toEqual([
      'We stand ready',
      'talks had stalled',
    ]);
    const list = await listArticlesWithHighlights(db);
    expect(list.ok && list.value).toHaveLength(1);
    db.close();
  });
});
