import { IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import {
  deleteArticle,
  deleteHighlight,
  highlightsForUrl,
  listArticlesWithHighlights,
  SourcelightDb,
  saveArticle,
  searchHighlights,
} from '../../../lib/db';
import { article, claim, freshDb } from './helpers';

let current: ReturnType<typeof freshDb> | undefined;
const open = () => {
  current = freshDb();
  return current.db;
};
afterEach(() => current?.db.close());

const value = <T>(result: { ok: true; value: T } | { ok: false; error: unknown }): T => {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value;
};

describe('saveArticle', () => {
  it('stores the article and its highlights with timestamps', async () => {
    const db = open();
    const saved = value(
      await saveArticle(db, { article: article(), claims: [claim('We will act')] }, 1000),
    );
    expect(saved.count).toBe(1);
    const stored = await db.articles.get(saved.articleId);
    expect(stored).toMatchObject({
      title: 'Allies weigh security guarantees for Ukraine',
      firstSeen: 1000,
      lastSeen: 1000,
    });
    const highlights = await db.highlights.toArray();
    expect(highlights).toHaveLength(1);
    expect(highlights[0]).toMatchObject({
      articleId: saved.articleId,
      quote: 'We will act',
      createdAt: 1000,
    });
  });

  it('updates a revisited article and replaces its highlights instead of duplicating', async () => {
    const db = open();
    const first = value(
      await saveArticle(db, { article: article(), claims: [claim('One'), claim('Two')] }, 1000),
    );
    const second = value(
      await saveArticle(
        db,
        {
          // Same canonical URL reached through another address, with a fragment.
          article: article({
            url: 'https://news.example.com/world/ukraine-guarantees#comments',
            title: 'Updated title',
          }),
          claims: [claim('Three')],
        },
        2000,
      ),
    );
    expect(second.articleId).toBe(first.articleId);
    expect(await db.articles.count()).toBe(1);
    expect((await db.highlights.toArray()).map((h) => h.quote)).toEqual(['Three']);
    expect(await db.articles.get(first.articleId)).toMatchObject({
      title: 'Updated title',
      firstSeen: 1000,
      lastSeen: 2000,
    });
  });

  it('finds the article when only the canonical URL matches the earlier visit', async () => {
    const db = open();
    const first = value(
      await saveArticle(db, {
        article: article({ url: 'https://m.example.com/a', canonicalUrl: 'https://example.com/a' }),
        claims: [],
      }),
    );
    const second = value(
      await saveArticle(db, {
        article: article({ url: 'https://example.com/a', canonicalUrl: null }),
        claims: [],
      }),
    );
    expect(second.articleId).toBe(first.articleId);
    expect(await db.articles.count()).toBe(1);
  });

  it('does not duplicate when two tabs save the same article at once', async () => {
    const db = open();
    const results = await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        saveArticle(db, { article: article(), claims: [claim(`Quote ${i}`), claim(`Other ${i}`)] }),
      ),
    );
    const ids = new Set(results.map((r) => value(r).articleId));
    expect(ids.size).toBe(1);
    expect(await db.articles.count()).toBe(1);
    // The last save wins whole: exactly one save's two highlights remain.
    const quotes = (await db.highlights.toArray()).map((h) => h.quote);
    expect(quotes).toHaveLength(2);
    expect(quotes[0]?.replace('Quote', 'Other')).toBe(quotes[1]);
  });

  it('rejects malformed records with an invalid error and writes nothing', async () => {
    const db = open();
    const bad = [
      { article: article({ url: 'not a url' }), claims: [] },
      { article: article({ url: 'javascript:alert(1)' }), claims: [] },
      { article: article(), claims: [claim('x', { sourceKind: 'alien' as never })] },
      {
        article: article(),
        claims: [claim('x', { anchor: { exact: '', prefix: '', suffix: '', start: 0, end: 0 } })],
      },
      {
        article: article(),
        claims: [claim('x', { anchor: { exact: 'x', prefix: '', suffix: '', start: 9, end: 3 } })],
      },
      { article: { ...article(), title: undefined } as never, claims: [] },
    ];
    for (const input of bad) {
      const result = await saveArticle(db, input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.kind).toBe('invalid');
    }
    expect(await db.articles.count()).toBe(0);
    expect(await db.highlights.count()).toBe(0);
  });

  it('reports a full disk as a quota error and keeps the previous highlights', async () => {
    const db = open();
    value(await saveArticle(db, { article: article(), claims: [claim('Kept')] }));
    const original = db.highlights.bulkAdd.bind(db.highlights);
    db.highlights.bulkAdd = (() =>
      Promise.reject(new DOMException('disk full', 'QuotaExceededError'))) as never;
    const result = await saveArticle(db, {
      article: article({ title: 'New' }),
      claims: [claim('Lost')],
    });
    db.highlights.bulkAdd = original;
    expect(result).toMatchObject({ ok: false, error: { kind: 'quota' } });
    expect((await db.highlights.toArray()).map((h) => h.quote)).toEqual(['Kept']);
    expect((await db.articles.toArray())[0]?.title).toBe(
      'Allies weigh security guarantees for Ukraine',
    );
  });

  it('reports a database that cannot be opened as open-failed', async () => {
    // What Firefox used to do in private windows: IndexedDB exists but refuses to open.
    const refusing = {
      open() {
        throw new DOMException('A mutation operation was attempted', 'InvalidStateError');
      },
    } as unknown as IDBFactory;
    const db = new SourcelightDb('refused', { indexedDB: refusing, IDBKeyRange });
    const result = await saveArticle(db, { article: article(), claims: [] });
    expect(result).toMatchObject({ ok: false, error: { kind: 'open-failed' } });
    if (!result.ok) expect(result.error.message).toMatch(/could not be opened/);
  });
});

describe('reading and deleting', () => {
  async function seed() {
    const db = open();
    const a = value(
      await saveArticle(
        db,
        {
          article: article(),
          claims: [
            claim('Later in text', {
              anchor: { exact: 'Later in text', prefix: '', suffix: '', start: 500, end: 513 },
            }),
            claim('Earlier', {
              anchor: { exact: 'Earlier', prefix: '', suffix: '', start: 10, end: 17 },
            }),
          ],
        },
        1000,
      ),
    );
    const b = value(
      await saveArticle(
        db,
        {
          article: article({
            url: 'https://other.example.org/story',
            canonicalUrl: null,
            title: 'Second story',
            siteName: 'Other',
          }),
          claims: [
            claim('Talks stalled', {
              speaker: 'officials',
              resolvedSpeaker: null,
              sourceKind: 'anonymous',
            }),
            claim('Kyïv is calm', {
              speaker: 'Reuters',
              resolvedSpeaker: 'Reuters',
              sourceKind: 'media',
            }),
          ],
        },
        2000,
      ),
    );
    return { db, a: a.articleId, b: b.articleId };
  }

  it('returns a page highlights in reading order, by URL or canonical URL', async () => {
    const { db, a } = await seed();
    const page = value(
      await highlightsForUrl(
        db,
        'https://elsewhere.example/x',
        'https://news.example.com/world/ukraine-guarantees',
      ),
    );
    expect(page.articleId).toBe(a);
    expect(page.highlights.map((h) => h.quote)).toEqual(['Earlier', 'Later in text']);
    expect(value(await highlightsForUrl(db, 'https://unknown.example/', null))).toEqual({
      articleId: null,
      highlights: [],
    });
  });

  it('lists articles newest first', async () => {
    const { db, a, b } = await seed();
    const list = value(await listArticlesWithHighlights(db));
    expect(list.map((g) => g.article.id)).toEqual([b, a]);
  });

  it('searches quotes and sources without regard to case or accents, with a kind filter', async () => {
    const { db, b } = await seed();
    const byQuote = value(await searchHighlights(db, 'kyiv'));
    expect(byQuote.flatMap((g) => g.highlights.map((h) => h.quote))).toEqual(['Kyïv is calm']);
    const bySource = value(await searchHighlights(db, 'REUTERS'));
    expect(bySource.map((g) => g.article.id)).toEqual([b]);
    const anonymous = value(await searchHighlights(db, '', 'anonymous'));
    expect(anonymous.flatMap((g) => g.highlights.map((h) => h.quote))).toEqual(['Talks stalled']);
    expect(value(await searchHighlights(db, 'minister', 'media'))).toEqual([]);
    // The article title is not a source: it must not make every highlight of it match.
    expect(value(await searchHighlights(db, 'Allies'))).toEqual([]);
  });

  it('deletes a highlight, and the article with its last highlight', async () => {
    const { db, a } = await seed();
    const [first, second] = await db.highlights.where('articleId').equals(a).toArray();
    value(await deleteHighlight(db, first?.id ?? -1));
    expect(await db.articles.get(a)).toBeDefined();
    value(await deleteHighlight(db, second?.id ?? -1));
    expect(await db.articles.get(a)).toBeUndefined();
    expect(await deleteHighlight(db, 12345)).toMatchObject({
      ok: false,
      error: { kind: 'not-found' },
    });
  });

  it('deletes an article with all its highlights', async () => {
    const { db, a, b } = await seed();
    value(await deleteArticle(db, b));
    expect(await db.articles.count()).toBe(1);
    expect((await db.highlights.toArray()).every((h) => h.articleId === a)).toBe(true);
  });
});
