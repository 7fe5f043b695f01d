/** What `h1, …, h6, [class*="title" i], [class*="heading" i]` selects: a heading by tag or by name. */
const HEADING_TAG = /^H[1-6]$/;
const HEADING_CLASS = /title|heading/i;

export const isHeadingLike = (el: Element) =>
  HEADING_TAG.test(el.tagName) || HEADING_CLASS.test(el.getAttribute('class') ?? '');
