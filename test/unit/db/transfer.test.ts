import { afterEach, describe, expect, it } from 'vitest';
import { exportAll, importAll, listArticlesWithHighlights, saveArticle } from '../../../lib/db';
import { EXPORT_FORMAT, ExportFile } from '../../../lib/exportFormat';
import { article, claim, freshDb } from './helpers';

const opened: Array<{ close(): void }> = [];
const open = () => {
  const { db } = freshDb();
  opened.push(db);
  return db;
};
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

async function seeded() {
  const db = open();
  await saveArticle(db, { article: article(), claims: [claim('One'), claim('Two')] }, 1000);
  await saveArticle(
    db,
    {
      article: article({ url: 'https://b.example/x', canonicalUrl: null, title: 'B' }),
      claims: [
        claim('<img src=x onerror=alert(1)>', {
          sourceKind: 'anonymous',
          speaker: null,
          resolvedSpeaker: null,
        }),
      ],
    },
    2000,
  );
  return db;
}

async function snapshot(db: ReturnType<typeof open>) {
  const list = await listArticlesWithHighlights(db);
  if (!list.ok) throw new Error(list.error.message);
  return list.value;
}

describe('export and import', () => {
  it('exports a versioned file that validates against its schema', async () => {
    const db = await seeded();
    const result = await exportAll(db, Date.UTC(2025, 0, 2));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const file = ExportFile.parse(JSON.parse(result.value));
    expect(file).toMatchObject({
      format: EXPORT_FORMAT,
      version: 1,
      exportedAt: '2025-01-02T00:00:00.000Z',
    });
    expect(file.articles.map((a) => a.title)).toEqual([
      'B',
      'Allies weigh security guarantees for Ukraine',
    ]);
    expect(JSON.stringify(file)).not.toMatch(/"(id|articleId)"/);
  });

  it('round-trips into an empty database', async () => {
    const source = await seeded();
    const exported = await exportAll(source);
    if (!exported.ok) throw new Error(exported.error.message);
    const target = open();
    expect(await importAll(target, exported.value)).toEqual({
      ok: true,
      value: { imported: 3, skipped: 0 },
    });
    const strip = (groups: Awaited<ReturnType<typeof snapshot>>) =>
      groups.map(({ article: { id: _a, ...a }, highlights }) => ({
        ...a,
        highlights: highlights.map(({ id: _h, articleId: _ai, ...h }) => h),
      }));
    expect(strip(await snapshot(target))).toEqual(strip(await snapshot(source)));
  });

  it('skips highlights that are already there when importing twice', async () => {
    const db = await seeded();
    const exported = await exportAll(db);
    if (!exported.ok) throw new Error(exported.error.message);
    expect(await importAll(db, exported.value)).toEqual({
      ok: true,
      value: { imported: 0, skipped: 3 },
    });
    expect(await db.highlights.count()).toBe(3);
    expect(await db.articles.count()).toBe(2);
  });

  it('refuses malformed files with a clear error and leaves the data untouched', async () => {
    const db = await seeded();
    const before = await snapshot(db);
    const exported = await exportAll(db);
    if (!exported.ok) throw new Error(exported.error.message);
    const valid = JSON.parse(exported.value);
    // The second article is broken: the first one must not be written either.
    const brokenLate = structuredClone(valid);
    brokenLate.articles.push({
      ...valid.articles[0],
      url: 'https://new.example/',
      highlights: [{ quote: 1 }],
    });
    brokenLate.articles.unshift({ ...valid.articles[0], url: 'https://first.example/' });
    const cases: Array<[string, RegExp]> = [
      ['{ not json', /not JSON/],
      ['[1, 2, 3]', /not a Sourcelight export/],
      [JSON.stringify({ ...valid, version: 7 }), /format version 7/],
      [JSON.stringify(brokenLate), /damaged.*articles/s],
    ];
    for (const [text, message] of cases) {
      const result = await importAll(db, text);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.kind).toBe('invalid');
        expect(result.error.message).toMatch(message);
      }
    }
    expect(await snapshot(db)).toEqual(before);
  });
});
