import { Dexie, type DexieOptions, type EntityTable } from 'dexie';
import type { Article, Highlight } from './records';
import { defineVersions } from './versions';

export const DB_NAME = 'sourcelight';

/**
 * The extension's only IndexedDB database. It is opened by the background and the extension
 * pages, never by a content script (that would create it in the page's origin).
 */
export class SourcelightDb extends Dexie {
  articles!: EntityTable<Article, 'id'>;
  highlights!: EntityTable<Highlight, 'id'>;

  constructor(name: string = DB_NAME, options?: DexieOptions) {
    super(name, options);
    defineVersions(this);
  }
}

let shared: SourcelightDb | undefined;

export function getDb(): SourcelightDb {
  shared ??= new SourcelightDb();
  return shared;
}
