import type { TeaserBlockSummary } from '../model';

export { findTeasers } from './find';
export type { TeaserBlock } from './group';
export { findTeasersIn } from './late';
export type { TeaserLinkItem } from './links';

import type { TeaserBlock } from './group';
import { visibleText } from './labels';

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

/**
 * What the analyzer reports: every link inside a block, hidden when an element hidden for the
 * block holds it (a hidden card takes its comment-count and share links with it).
 */
export function summarize(blocks: TeaserBlock[]): TeaserBlockSummary[] {
  return blocks.map((block) => {
    const hiddenEls = toHide(block);
    const hidden = !block.related;
    const text = new Map(block.links.map((l) => [l.anchor as Element, l.text]));
    return {
      heading: block.heading,
      related: block.related,
      hidden,
      links: [...block.element.querySelectorAll('a[href]')].map((a) => ({
        href: a.getAttribute('href') ?? '',
        text: text.get(a) ?? visibleText(a),
        hidden: hiddenEls.some((el) => el.contains(a)),
      })),
    };
  });
}
