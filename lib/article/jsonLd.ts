/**
 * Structured data a page declares about itself: every JSON-LD object (with `@graph` and
 * top-level arrays flattened). Broken JSON is
 * common in the wild (trailing commas, raw newlines), so a script that does not parse is skipped
 * rather than failing the page.
 */

import { elementsOf } from '../dom/liveCollection';

export type LdObject = Record<string, unknown>;

function flatten(value: unknown, out: LdObject[]): void {
  if (Array.isArray(value)) {
    for (const v of value) flatten(v, out);
    return;
  }
  if (!value || typeof value !== 'object') return;
  const obj = value as LdObject;
  out.push(obj);
  if (obj['@graph']) flatten(obj['@graph'], out);
}

/**
 * The page's JSON-LD scripts, by a scan of the <script> tags: measured both in Chromium (cold)
 * and in jsdom, the scan beats an attribute selector.
 */
export function jsonLdScripts(doc: Document): Element[] {
  return elementsOf(doc.getElementsByTagName('script')).filter(
    (script) => script.getAttribute('type')?.trim().toLowerCase() === 'application/ld+json',
  );
}

/** The objects in the JSON-LD scripts' texts. */
export function jsonLdObjects(texts: (string | null)[]): LdObject[] {
  const out: LdObject[] = [];
  for (const text of texts) {
    if (!text) continue;
    try {
      flatten(JSON.parse(text), out);
    } catch {
      try {
        flatten(JSON.parse(text.replace(/[\n\r\t]+/g, ' ')), out);
      } catch {
        // unparseable: ignore this script
      }
    }
  }
  return out;
}

/** The `@type` of an object as a list of plain type names ("schema:NewsArticle" → "NewsArticle"). */
export function typesOf(obj: LdObject): string[] {
  const t = obj['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list
    .filter((x): x is string => typeof x === 'string')
    .map((x) => x.slice(Math.max(x.lastIndexOf('/'), x.lastIndexOf(':')) + 1));
}

/** First string found under `key`, looking through nested objects and arrays (author: [{name}]). */
export function ldString(obj: LdObject, key: string): string | null {
  const pick = (v: unknown): string | null => {
    if (typeof v === 'string') return v.trim() || null;
    if (Array.isArray(v)) {
      const names = v.map(pick).filter((x): x is string => !!x);
      return names.length ? names.join(', ') : null;
    }
    if (v && typeof v === 'object') return pick((v as LdObject).name);
    return null;
  };
  return pick(obj[key]);
}
