import { z } from 'zod';
import { ArticleInput, HighlightInput } from './db/records';

/**
 * The file a user exports and imports: articles with their highlights nested, without
 * database ids (they mean nothing in another browser). `version` changes whenever the shape
 * does; an importer reads only versions it knows.
 */

export const EXPORT_FORMAT = 'sourcelight-highlights';
export const EXPORT_VERSION = 1;

const Timestamp = z.number().int().nonnegative();

export const ExportedHighlight = HighlightInput.extend({ createdAt: Timestamp });
export type ExportedHighlight = z.infer<typeof ExportedHighlight>;

export const ExportedArticle = ArticleInput.extend({
  firstSeen: Timestamp,
  lastSeen: Timestamp,
  highlights: z.array(ExportedHighlight),
});
export type ExportedArticle = z.infer<typeof ExportedArticle>;

export const ExportFile = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: z.iso.datetime(),
  articles: z.array(ExportedArticle),
});
export type ExportFile = z.infer<typeof ExportFile>;

const Envelope = z.object({ format: z.literal(EXPORT_FORMAT), version: z.number() });

export type ParsedExport = { ok: true; file: ExportFile } | { ok: false; error: string };

/** Reads an export file's text; every error names what is wrong, so the user can tell why. */
export function parseExport(text: string): ParsedExport {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: 'This file is not JSON, so it is not a Sourcelight export.' };
  }
  const envelope = Envelope.safeParse(json);
  if (!envelope.success) {
    return { ok: false, error: 'This JSON file is not a Sourcelight export.' };
  }
  if (envelope.data.version !== EXPORT_VERSION) {
    return {
      ok: false,
      error: `This export has format version ${envelope.data.version}; this Sourcelight reads version ${EXPORT_VERSION}.`,
    };
  }
  const file = ExportFile.safeParse(json);
  if (!file.success) {
    return { ok: false, error: `This export is damaged: ${z.prettifyError(file.error)}` };
  }
  return { ok: true, file: file.data };
}
