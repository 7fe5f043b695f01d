import { SourceKind } from '../lib/model';

/**
 * One palette for every place a source kind is shown (popup, options page, in-page overlay),
 * so a colour means the same thing everywhere. Each `color` reads at 4.5:1 or better on white
 * (WCAG AA for text); each `tint` is a background that keeps black text readable.
 */

/** Display order: the schema lists named sources first, then the ones to weigh with care. */
export const KIND_ORDER: readonly SourceKind[] = SourceKind.options;

export const KIND_COLORS: Record<SourceKind, { color: string; tint: string }> = {
  person: { color: '#1d4ed8', tint: '#dbeafe' },
  organization: { color: '#6d28d9', tint: '#ede9fe' },
  media: { color: '#0f766e', tint: '#ccfbf1' },
  document: { color: '#a16207', tint: '#fef3c7' },
  anonymous: { color: '#be123c', tint: '#ffe4e6' },
  unattributed: { color: '#4b5563', tint: '#e5e7eb' },
};

/** A label for one source of this kind, as shown beside a highlight. */
export const KIND_LABELS: Record<SourceKind, string> = {
  person: 'Person',
  organization: 'Organisation',
  media: 'Media',
  document: 'Document',
  anonymous: 'Anonymous',
  unattributed: 'Unattributed',
};

/** A heading over all sources of this kind. */
export const KIND_GROUP_LABELS: Record<SourceKind, string> = {
  person: 'People',
  organization: 'Organisations',
  media: 'Media',
  document: 'Documents',
  anonymous: 'Anonymous sources',
  unattributed: 'Unattributed',
};
