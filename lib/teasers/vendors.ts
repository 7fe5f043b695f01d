import { memoByString } from '../text/memo';

/**
 * Recommendation widgets of content-recommendation vendors: whole blocks of paid or
 * algorithmic links that are never about the article. Matched on the vendors' own class and id
 * prefixes, which they keep stable across every site that embeds them.
 */
export const VENDOR_WIDGET =
  /outbrain|taboola|trc_related|zergnet|revcontent|mgid|nativo|dianomi|plista|ligatus|trendmd|yahoo-gemini|content-?ad|adblade|bidvertiser|sharethrough|strossle|contentexchange|jp-relatedposts|yarpp/;

// Lower-cased rather than matched with the `i` flag, which costs a cold page more to compile.
const vendorByNames = memoByString((names) => VENDOR_WIDGET.test(names.toLowerCase()));

/** `names`: the element's class and id (exclude.ts namesOf). */
export function isVendorWidget(names: string): boolean {
  return names.length > 1 && vendorByNames(names);
}
