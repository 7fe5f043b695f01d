import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { SourcelightDb } from '../../../lib/db';
import type { ArticleInput, HighlightInput } from '../../../lib/db/records';

/** Each test gets its own in-memory IndexedDB, so no state leaks between tests. */
export function freshDb(name = 'sourcelight-test') {
  const indexedDB = new IDBFactory();
  return { db: new SourcelightDb(name, { indexedDB, IDBKeyRange }), indexedDB };
}

export const article = (overrides: Partial<ArticleInput> = {}): ArticleInput => ({
  url: 'https://news.example.com/world/ukraine-guarantees?utm_source=feed',
  canonicalUrl: 'https://news.example.com/world/ukraine-guarantees',
  title: 'Allies weigh security guarantees for Ukraine',
  byline: 'By Jane Reporter',
  siteName: 'Example News',
  publishedAt: '2025-11-20T10:00:00Z',
  ...overrides,
});

export const claim = (quote: string, overrides: Partial<HighlightInput> = {}): HighlightInput => ({
  sentence: `"${quote}," the minister said.`,
  quote,
  speaker: 'the minister',
  resolvedSpeaker: 'Anna Berg',
  cue: 'said',
  via: null,
  form: 'direct',
  sourceKind: 'person',
  anchor: { exact: quote, prefix: '"', suffix: '," the', start: 100, end: 100 + quote.length },
  ...overrides,
});
