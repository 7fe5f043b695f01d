import { z } from 'zod';
import { ClaimForm, SourceKind, TextAnchor } from '../model';

/**
 * The shapes stored in the database and carried by `article:save`. They live apart from the
 * Dexie code so that the content script can validate a save request without bundling Dexie.
 * Length limits keep a hostile page from filling the user's storage through one save.
 */

const MAX_TEXT = 20_000;
const MAX_LABEL = 2_000;
const MAX_URL = 8_000;

/** Only web and file pages are analysed; anything else (javascript:, data:) is refused. */
const Url = z.url({ protocol: /^(https?|file)$/ }).max(MAX_URL);
const Label = z.string().max(MAX_LABEL);
const Timestamp = z.number().int().nonnegative();
const Id = z.number().int().positive();

export const ArticleInput = z.object({
  url: Url,
  canonicalUrl: Url.nullable(),
  title: Label,
  byline: Label.nullable(),
  siteName: Label.nullable(),
  publishedAt: Label.nullable(),
});
export type ArticleInput = z.infer<typeof ArticleInput>;

const StoredAnchor = TextAnchor.extend({
  exact: z.string().min(1).max(MAX_TEXT),
  prefix: z.string().max(MAX_LABEL),
  suffix: z.string().max(MAX_LABEL),
}).refine((a) => a.end >= a.start, { message: 'anchor end is before its start', path: ['end'] });

/** A claim as the content script hands it over to be kept: the analysis fields plus its anchor. */
export const HighlightInput = z.object({
  sentence: z.string().max(MAX_TEXT),
  quote: z.string().max(MAX_TEXT),
  speaker: Label.nullable(),
  resolvedSpeaker: Label.nullable(),
  cue: Label.nullable(),
  via: Label.nullable(),
  form: ClaimForm,
  sourceKind: SourceKind,
  anchor: StoredAnchor,
  /** Set when the quote could not be found on the article's last visit: kept, shown as such. */
  orphaned: z.boolean().optional(),
});
export type HighlightInput = z.infer<typeof HighlightInput>;

export const MAX_HIGHLIGHTS_PER_ARTICLE = 2_000;

export const SaveInput = z.object({
  article: ArticleInput,
  claims: z.array(HighlightInput).max(MAX_HIGHLIGHTS_PER_ARTICLE),
});
export type SaveInput = z.infer<typeof SaveInput>;

export const ArticleRecord = ArticleInput.extend({
  id: Id.optional(),
  firstSeen: Timestamp,
  lastSeen: Timestamp,
});
export type ArticleRecord = z.infer<typeof ArticleRecord>;

export const HighlightRecord = HighlightInput.extend({
  id: Id.optional(),
  articleId: Id,
  createdAt: Timestamp,
});
export type HighlightRecord = z.infer<typeof HighlightRecord>;

/** Records as read back: the database has assigned their ids. */
export type Article = ArticleRecord & { id: number };
export type Highlight = HighlightRecord & { id: number };

export interface ArticleWithHighlights {
  article: Article;
  highlights: Highlight[];
}
