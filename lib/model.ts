import { z } from 'zod';

/**
 * The data every part of Sourcelight agrees on: what the page analysis produces, what the
 * popup shows and what the database stores. Types are derived from these schemas so that a
 * value crossing a boundary (message, storage, import file) is checked against the same shape
 * the code was written for.
 */

/** In display order: named sources first, then the ones a reader should weigh with care. */
export const SourceKind = z.enum([
  'person',
  'organization',
  'media',
  'document',
  'anonymous',
  'unattributed',
]);
export type SourceKind = z.infer<typeof SourceKind>;

export const ClaimForm = z.enum(['direct', 'indirect', 'according-to', 'mixed']);
export type ClaimForm = z.infer<typeof ClaimForm>;

/** What kind of block a paragraph of the article body is; claims come only from `text` and `quote`. */
export const ParagraphKind = z.enum(['text', 'heading', 'caption', 'quote', 'list-item']);
export type ParagraphKind = z.infer<typeof ParagraphKind>;

/** One block of the article body as plain text, in reading order. */
export interface Paragraph {
  text: string;
  kind: ParagraphKind;
}

/** An attributed claim found in the article body. Offsets are into `paragraphs[paragraph].text`. */
export const Claim = z.object({
  sentence: z.string(),
  quote: z.string(),
  speaker: z.string().nullable(),
  resolvedSpeaker: z.string().nullable(),
  cue: z.string().nullable(),
  via: z.string().nullable(),
  form: ClaimForm,
  sourceKind: SourceKind,
  continuation: z.boolean().optional(),
  paragraph: z.number().int().nonnegative(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Claim = z.infer<typeof Claim>;

export const ArticleMeta = z.object({
  title: z.string(),
  byline: z.string().nullable(),
  publishedAt: z.string().nullable(),
  siteName: z.string().nullable(),
});
export type ArticleMeta = z.infer<typeof ArticleMeta>;

export const TeaserLink = z.object({
  href: z.string(),
  text: z.string(),
  hidden: z.boolean(),
});
export type TeaserLink = z.infer<typeof TeaserLink>;

export const TeaserBlockSummary = z.object({
  heading: z.string().nullable(),
  related: z.boolean(),
  hidden: z.boolean(),
  links: z.array(TeaserLink),
});
export type TeaserBlockSummary = z.infer<typeof TeaserBlockSummary>;

/** W3C Web Annotation text quote selector plus a position hint, as the Hypothesis client stores them. */
export const TextAnchor = z.object({
  exact: z.string().min(1),
  prefix: z.string(),
  suffix: z.string(),
  /** Character offsets into the article body's text (paragraphs joined by "\n\n"). */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type TextAnchor = z.infer<typeof TextAnchor>;
