/**
 * The visible text of one block element with whitespace collapsed, and a map from every
 * character of that text back to the text node it came from, so that offsets found by the
 * analysis can be turned into DOM ranges on the live page.
 */

export interface TextPiece {
  node: Text;
  /** Offset of this piece in the block's text. */
  start: number;
  /** For each character of the piece, its offset in `node.data`. */
  offsets: number[];
}

export interface BlockText {
  text: string;
  pieces: TextPiece[];
}

/** Elements whose content is never text a reader sees. */
export const NON_TEXT_TAGS: readonly string[] = [
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'BUTTON',
  'IFRAME',
];
const SKIPPED_TAGS = /* @__PURE__ */ new Set(NON_TEXT_TAGS);

export type SkipElement = (el: Element) => boolean;

const isSpace = (c: string) =>
  c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\f' || c === '\u00a0';

export function blockText(root: Element, skip: SkipElement = () => false): BlockText {
  const pieces: TextPiece[] = [];
  let text = '';
  let pendingSpace = false;
  const visit = (node: Node): void => {
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      let piece: TextPiece | null = null;
      for (let i = 0; i < data.length; i++) {
        const c = data.charAt(i);
        if (isSpace(c)) {
          pendingSpace = true;
          continue;
        }
        if (!piece) {
          piece = { node: node as Text, start: text.length, offsets: [] };
          pieces.push(piece);
        }
        if (pendingSpace && text.length > 0) {
          text += ' ';
          // The collapsed space maps to the character before the visible one.
          piece.offsets.push(Math.max(0, i - 1));
        }
        pendingSpace = false;
        text += c;
        piece.offsets.push(i);
      }
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (SKIPPED_TAGS.has(el.tagName.toUpperCase()) || el.hasAttribute('hidden') || skip(el)) return;
    if (el.tagName === 'BR') pendingSpace = true;
    for (let child = el.firstChild; child; child = child.nextSibling) visit(child);
  };
  visit(root);
  return { text, pieces };
}
