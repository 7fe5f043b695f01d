/**
 * Recommendation widgets of content-recommendation vendors: whole blocks of paid or
 * algorithmic links that are never about the article. Matched on the vendors' own class and id
 * prefixes, which they keep stable across every site that embeds them.
 */
export const VENDOR_WIDGET =
  /outbrain|taboola|trc_related|zergnet|revcontent|mgid|nativo|dianomi|plista|ligatus|trendmd|yahoo-gemini|content-?ad|adblade|bidvertiser|sharethrough|strossle|contentexchange|jp-relatedposts|yarpp/;

/** Verdicts by class-and-id string, which a page repeats on most of its elements. */
const vendorNames = new Map<string, boolean>();

/** `names`: the element's class and id (exclude.ts namesOf). */
export function isVendorWidget(names: string): boolean {
  if (names.length <= 1) return false;
  let vendor = vendorNames.get(names);
  if (vendor === undefined) {
    // Lower-cased rather than matched with the `i` flag, which costs a cold page more to compile.
    vendor = VENDOR_WIDGET.test(names.toLowerCase());
    vendorNames.set(names, vendor);
  }
  return vendor;
}
