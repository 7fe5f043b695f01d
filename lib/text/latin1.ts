/**
 * Unicode letter classes (\p{L}, \p{Lu}, \p{Ll}, \p{N}) compile to large tables, and a content
 * script meets every pattern cold on every page: one pattern of six such classes cost 4 ms to
 * compile against 0.4 ms with the classes spelled out. Most news text never leaves Latin-1, so
 * each pattern gets a twin with its classes spelled out for Latin-1, used on text whose letters
 * and digits can only be Latin-1 (every character in Latin-1, General Punctuation or Currency
 * Symbols). On such text the twin matches exactly what the pattern does.
 */

const BEYOND_LATIN1 = /[^\0-\xff\u2000-\u206f\u20a0-\u20cf]/;

/** Latin-1's members of each class (ª and º are Lo: letters, neither case). */
const LATIN1_CLASSES: Record<string, string> = {
  L: 'A-Za-z\\xaa\\xb5\\xba\\xc0-\\xd6\\xd8-\\xf6\\xf8-\\xff',
  Lu: 'A-Z\\xc0-\\xd6\\xd8-\\xde',
  Ll: 'a-z\\xb5\\xdf-\\xf6\\xf8-\\xff',
  N: '0-9\\xb2\\xb3\\xb9\\xbc-\\xbe',
};

/** An escape (a letter class among them) or a bracket, the only tokens that matter here. */
const TOKEN = /\\(?:[pP]\{(\w+)\}|.)|[[\]]/g;

/** The pattern's source with each letter class spelled out for Latin-1, inside or outside brackets. */
export function spellLatin1(source: string): string {
  let inClass = false;
  return source.replace(TOKEN, (token, property?: string) => {
    if (token === '[') inClass = true;
    else if (token === ']') inClass = false;
    if (property === undefined) return token;
    const spelled = token.charAt(1) === 'p' ? LATIN1_CLASSES[property] : undefined;
    if (!spelled) throw new Error(`no Latin-1 spelling for ${token}`);
    return inClass ? spelled : `[${spelled}]`;
  });
}

/** A pattern with letter classes, and its Latin-1 twin; `test` and `exec` run the one `text` allows. */
export class ScriptPattern {
  readonly any: RegExp;
  readonly latin1: RegExp;

  constructor(pattern: RegExp) {
    this.any = pattern;
    this.latin1 = new RegExp(spellLatin1(pattern.source), pattern.flags);
  }

  /** The pattern to run on `text`: the Latin-1 twin when the text allows it. */
  for(text: string): RegExp {
    return BEYOND_LATIN1.test(text) ? this.any : this.latin1;
  }

  test(text: string): boolean {
    return this.for(text).test(text);
  }

  exec(text: string): RegExpExecArray | null {
    return this.for(text).exec(text);
  }
}

export const scriptPattern = (pattern: RegExp) => new ScriptPattern(pattern);
