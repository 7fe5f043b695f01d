export {
  deleteArticle,
  listArticlesWithHighlights,
  type SaveOutcome,
  saveArticle,
} from './articles';
export { DB_NAME, getDb, SourcelightDb } from './database';
export type { DbError, DbErrorKind, DbResult } from './errors';
export {
  deleteHighlight,
  type HighlightsForPage,
  highlightsForUrl,
  searchHighlights,
} from './highlights';
export type { Article, ArticleWithHighlights, Highlight } from './records';
export { exportAll, type ImportOutcome, importAll } from './transfer';
