/**
 * Wraps the text of a Range in elements made by `makeWrapper`, one per text node it touches,
 * splitting text nodes at the range's edges. Only text nodes are moved: the page's own
 * elements, listeners and layout stay as they were.
 */
export function wrapRange(range: Range, makeWrapper: () => HTMLElement): HTMLElement[] {
  const doc = range.startContainer.ownerDocument;
  if (!doc || range.collapsed) return [];
  const texts: Text[] = [];
  const root = range.commonAncestorContainer;
  if (root.nodeType === 3) texts.push(root as Text);
  else {
    const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (range.intersectsNode(n)) texts.push(n as Text);
    }
  }
  const wrappers: HTMLElement[] = [];
  for (let text of texts) {
    const start = text === range.startContainer ? range.startOffset : 0;
    const end = text === range.endContainer ? range.endOffset : text.length;
    if (end <= start || !text.data.slice(start, end).trim()) continue;
    if (start > 0) text = text.splitText(start);
    if (end - start < text.length) text.splitText(end - start);
    const wrapper = makeWrapper();
    text.parentNode?.insertBefore(wrapper, text);
    wrapper.appendChild(text);
    wrappers.push(wrapper);
  }
  return wrappers;
}

/** Puts wrapped text back where it was and merges the split text nodes. */
export function unwrap(wrappers: readonly HTMLElement[]): void {
  for (const wrapper of wrappers) {
    const parent = wrapper.parentNode;
    if (!parent) continue;
    while (wrapper.firstChild) parent.insertBefore(wrapper.firstChild, wrapper);
    parent.removeChild(wrapper);
    parent.normalize();
  }
}
