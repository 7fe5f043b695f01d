import { KIND_COLORS, KIND_LABELS } from '@/components/kinds';
import type { SourceKind } from '@/lib/model';
import { OVERLAY_CSS } from './overlayStyles';

/**
 * The in-page overlay: a chip that says how many teaser links are hidden, a legend of the
 * highlight colours and the tooltip naming a claim's source. Plain DOM in an open shadow
 * root, built with textContent only: page text never becomes markup, and no UI framework is
 * shipped to every article page.
 */
export interface Overlay {
  host: HTMLElement;
  setTeasers(hiddenLinks: number, shown: boolean): void;
  setLegend(kinds: readonly SourceKind[], claimCount: number): void;
  showTooltip(anchor: Element, label: string, kind: SourceKind): void;
  /** Follows the mark after the page scrolled. */
  placeTooltip(): void;
  hideTooltip(): void;
  remove(): void;
}

export interface OverlayHandlers {
  onToggleTeasers(): void;
}

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function adoptStyles(doc: Document, root: ShadowRoot): void {
  // A constructed sheet is not subject to the page's style-src CSP; older engines get a <style>.
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(OVERLAY_CSS);
    root.adoptedStyleSheets = [sheet];
  } catch {
    root.appendChild(el(doc, 'style', undefined, OVERLAY_CSS));
  }
}

export function mountOverlay(doc: Document, handlers: OverlayHandlers): Overlay {
  const host = doc.createElement('sourcelight-overlay');
  const root = host.attachShadow({ mode: 'open' });
  adoptStyles(doc, root);

  const dock = el(doc, 'div', 'dock');
  const panel = el(doc, 'section', 'panel');
  panel.setAttribute('aria-label', 'Sourcelight');
  const brand = el(doc, 'p', 'brand');
  const title = el(doc, 'span', undefined, 'Sourcelight');
  const close = el(doc, 'button', 'close', '×');
  close.setAttribute('aria-label', 'Close the Sourcelight legend');
  close.addEventListener('click', () => {
    panel.hidden = true;
  });
  brand.append(title, close);
  const legend = el(doc, 'ul', 'legend');
  legend.dataset.testid = 'legend';
  panel.append(brand, legend);

  const chip = el(doc, 'button', 'chip');
  chip.dataset.testid = 'teaser-chip';
  chip.hidden = true;
  chip.addEventListener('click', () => handlers.onToggleTeasers());
  dock.append(panel, chip);

  const tooltip = el(doc, 'div', 'tooltip');
  tooltip.dataset.testid = 'claim-tooltip';
  tooltip.setAttribute('role', 'tooltip');
  tooltip.hidden = true;
  root.append(dock, tooltip);
  doc.documentElement.appendChild(host);

  let tooltipAnchor: Element | null = null;
  /** Puts the tooltip below its mark (above it near the bottom of the window). */
  function placeTooltip(): void {
    if (!tooltipAnchor) return;
    const rect = tooltipAnchor.getBoundingClientRect();
    const view = doc.defaultView;
    const width = view?.innerWidth ?? 1024;
    tooltip.style.left = `${Math.max(8, Math.min(rect.left, width - 368))}px`;
    const below = rect.bottom + 6;
    tooltip.style.top = `${below + 40 > (view?.innerHeight ?? 768) ? rect.top - 40 : below}px`;
  }

  return {
    host,
    setTeasers(hiddenLinks, shown) {
      chip.hidden = hiddenLinks === 0;
      const links = hiddenLinks === 1 ? 'teaser link' : 'teaser links';
      chip.textContent = shown
        ? `Hide ${hiddenLinks} unrelated ${links}`
        : `${hiddenLinks} unrelated ${links} hidden · Show`;
      chip.setAttribute('aria-pressed', String(shown));
    },
    setLegend(kinds, claimCount) {
      panel.hidden = claimCount === 0;
      title.textContent = `Sourcelight · ${claimCount} ${claimCount === 1 ? 'claim' : 'claims'}`;
      legend.replaceChildren(
        ...kinds.map((kind) => {
          const item = el(doc, 'li');
          const swatch = el(doc, 'span', 'swatch');
          swatch.style.background = KIND_COLORS[kind].tint;
          swatch.style.border = `1px solid ${KIND_COLORS[kind].color}`;
          item.append(swatch, doc.createTextNode(KIND_LABELS[kind]));
          return item;
        }),
      );
    },
    showTooltip(anchor, label, kind) {
      tooltip.replaceChildren(doc.createTextNode(label));
      tooltip.style.borderLeft = `4px solid ${KIND_COLORS[kind].color}`;
      tooltip.hidden = false;
      tooltipAnchor = anchor;
      placeTooltip();
    },
    placeTooltip,
    hideTooltip() {
      tooltip.hidden = true;
      tooltipAnchor = null;
    },
    remove() {
      host.remove();
    },
  };
}
