/**
 * Text lengths in Latin characters. The length rules of detection (paragraph and prose
 * thresholds, prose weights, headline lengths) were set on text in alphabets; Chinese and
 * Japanese say as much in about a third of the characters, Korean in about half, so each of
 * their characters counts three or two. A page is read so only when its title is in such a
 * script: a story's title is in its language, and reading it costs the screen no element
 * (`document.title` is a string). Other pages pay nothing for it.
 */
const SCRIPTS: [dense: RegExp, worth: number][] = [
  [/[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/g, 3],
  [/[\uac00-\ud7af]/g, 2],
];

type LengthOf = (text: string) => number;

const denseScript = (doc: Document) => {
  const title = doc.title;
  // search, not test: it ignores the global pattern's lastIndex.
  return SCRIPTS.find(([dense]) => title.search(dense) >= 0);
};

/** The most one character of the page's text counts: 3, 2, or 1 for a page in an alphabet. */
export const scriptWorth = (doc: Document): number => denseScript(doc)?.[1] ?? 1;

/** How the page's text is measured: its length, unless its title is in a denser script. */
export function lengthOf(doc: Document): LengthOf {
  const script = denseScript(doc);
  if (!script) return (text) => text.length;
  const [dense, worth] = script;
  return (text) => text.length + (worth - 1) * (text.match(dense)?.length ?? 0);
}
