import type { TeaserBlockSummary } from '../model';

export { findTeasers, type TeaserBlock, type TeaserLinkItem } from './find';

import type { TeaserBlock } from './find';

/** The attribute the content script's one CSS rule hides: `[data-sourcelight-hidden]{display:none!important}`. */
export const HIDDEN_ATTRIBUTE = 'data-sourcelight-hidden';

/** The elements to hide for a block: all of it when none of its links is related, else the unrelated links' items. */
function toHide(block: TeaserBlock): Element[] {
  if (!block.related) return [block.element];
  return [...new Set(block.links.filter((l) => !l.related).map((l) => l.item))];
}

export function hideTeasers(blocks: TeaserBlock[]): Element[] {
  const hidden = [...new Set(blocks.flatMap(toHide))];
  for (const el of hidden) el.setAttribute(HIDDEN_ATTRIBUTE, '');
  return hidden;
}

export function showTeasers(doc: Document): void {
  for (const el of doc.querySelectorAll(`[${HIDDEN_ATTRIBUTE}]`))
    el.removeAttribute(HIDDEN_ATTRIBUTE);
}

export function summarize(blocks: TeaserBlock[]): TeaserBlockSummary[] {
  return blocks.map((block) => {
    const hidden = !block.related;
    return {
      heading: block.heading,
      related: block.related,
      hidden,
      links: block.links.map((l) => ({ href: l.href, text: l.text, hidden: hidden || !l.related })),
    };
  });
}
