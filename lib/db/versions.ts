import type { Dexie, Transaction } from 'dexie';

/**
 * Every schema the database has had, oldest first. A version is never edited once shipped:
 * change the schema by adding a version with an upgrade function and a migration test that
 * seeds the previous one. Only queried fields are indexed; text stays out of the indexes.
 */

/** Version 1 stored a `savedAt` time and no canonical URL. */
export interface ArticleV1 {
  id?: number;
  url: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedAt: string | null;
  savedAt: number;
}

/** Version 1 called the source kind `kind`, spelled `organisation`, and had no via/form. */
export interface HighlightV1 {
  id?: number;
  articleId: number;
  quote: string;
  sentence: string;
  speaker: string | null;
  cue: string | null;
  kind: 'person' | 'organisation' | 'media' | 'document' | 'anonymous' | 'none';
  anchor: { exact: string; prefix: string; suffix: string; start: number; end: number };
  createdAt: number;
}

export const V1_STORES = {
  articles: '++id, &url, savedAt',
  highlights: '++id, articleId, kind',
};

export const V2_STORES = {
  articles: '++id, &url, canonicalUrl, lastSeen',
  highlights: '++id, articleId, sourceKind',
};

const V1_KIND_TO_V2: Record<string, string> = {
  organisation: 'organization',
  none: 'unattributed',
};

/** A quotation mark in the sentence means the v1 quote was most likely verbatim. */
const QUOTE_MARKS = /["“”«»„‚‘’]/;

async function upgradeV1toV2(tx: Transaction): Promise<void> {
  await tx
    .table('articles')
    .toCollection()
    .modify((article: Record<string, unknown>) => {
      const savedAt = typeof article.savedAt === 'number' ? article.savedAt : 0;
      article.canonicalUrl = null;
      article.firstSeen = savedAt;
      article.lastSeen = savedAt;
      delete article.savedAt;
    });
  await tx
    .table('highlights')
    .toCollection()
    .modify((highlight: Record<string, unknown>) => {
      const kind = String(highlight.kind);
      highlight.sourceKind = V1_KIND_TO_V2[kind] ?? kind;
      highlight.resolvedSpeaker = highlight.speaker ?? null;
      highlight.via = null;
      highlight.form = QUOTE_MARKS.test(String(highlight.sentence)) ? 'direct' : 'indirect';
      delete highlight.kind;
    });
}

export function defineVersions(db: Dexie): void {
  db.version(1).stores(V1_STORES);
  db.version(2).stores(V2_STORES).upgrade(upgradeV1toV2);
}
