/**
 * Structured data a page declares about itself: every JSON-LD object (with `@graph` and
 * top-level arrays flattened) and the schema.org types of its microdata items. Broken JSON is
 * common in the wild (trailing commas, raw newlines), so a script that does not parse is skipped
 * rather than failing the page.
 */

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

export function jsonLdObjects(doc: Document): LdObject[] {
  const out: LdObject[] = [];
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const text = script.textContent;
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
    .map((x) => x.replace(/^.*[/:]/, ''));
}

/** schema.org types of the page's microdata items (itemtype="https://schema.org/NewsArticle"). */
export function microdataTypes(doc: Document): string[] {
  const out: string[] = [];
  for (const el of doc.querySelectorAll('[itemtype]')) {
    for (const url of (el.getAttribute('itemtype') ?? '').split(/\s+/)) {
      if (url) out.push(url.replace(/^.*\//, ''));
    }
  }
  return out;
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
