import { skipInBody } from './prune';

/**
 * The text of a body block: exactly `blockText(el, skipInBody).text` of lib/text/blockText,
 * without the map from characters back to text nodes, which costs a string append and an array
 * push per character and which detection does not need (the highlighter builds it for the few
 * blocks it marks). Whitespace is collapsed the way blockText does it: its own list of space
 * characters (not String#trim's), <br> as a space, nothing at either end.
 */

const SPACES = /[ \n\t\r\f\u00a0]+/g;

export function bodyBlockText(root: Element): string {
  if (skipInBody(root)) return '';
  const parts: string[] = [];
  const visit = (el: Element): void => {
    for (let node = el.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 3) parts.push((node as Text).data);
      else if (node.nodeType === 1) {
        const child = node as Element;
        if (skipInBody(child)) continue;
        if (child.tagName === 'BR') parts.push(' ');
        // Text only below: one call instead of a walk over its text nodes.
        else if (child.firstElementChild === null) parts.push(child.textContent ?? '');
        else visit(child);
      }
    }
  };
  visit(root);
  const text = parts.join('').replace(SPACES, ' ');
  return text.slice(text.charAt(0) === ' ' ? 1 : 0, text.endsWith(' ') ? -1 : text.length);
}
