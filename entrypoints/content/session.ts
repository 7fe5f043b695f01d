import { KIND_ORDER } from '@/components/kinds';
import type { ArticleDetection } from '@/lib/article';
import type { PageAnalysis } from '@/lib/pipeline';
import { sourceLabel } from '@/lib/sourceLabel';
import { findTeasersIn, hideTeasers } from '@/lib/teasers';
import { anchorsFor, highlightClaims, type PlacedClaim, removeHighlights } from './highlights';
import { mountOverlay, type Overlay } from './overlay';

const HIDDEN_ATTR = 'data-sourcelight-hidden';

/** The live state of Sourcelight on one article page: what is hidden, what is highlighted, the overlay. */
export class ArticleSession {
  readonly article: ArticleDetection;
  readonly placed: PlacedClaim[];
  private readonly hidden: Element[];
  private teasersShown = false;
  private readonly overlay: Overlay;
  /** The tooltip is placed in viewport coordinates: it must follow its mark when the page scrolls. */
  private readonly followScroll = () => this.overlay.placeTooltip();

  constructor(
    private readonly doc: Document,
    analysis: PageAnalysis,
  ) {
    this.article = analysis.article;
    this.hidden = [...analysis.hidden];
    this.placed = highlightClaims(
      analysis.article,
      analysis.claims,
      anchorsFor(analysis.paragraphs, analysis.claims),
    );
    this.overlay = mountOverlay(doc, {
      onToggleTeasers: () => this.showTeasers(!this.teasersShown),
    });
    const kinds = new Set(
      this.placed.filter((p) => p.marks.length > 0).map((p) => p.claim.sourceKind),
    );
    this.overlay.setLegend(
      KIND_ORDER.filter((k) => kinds.has(k)),
      this.highlightedCount(),
    );
    this.bindTooltips();
    this.refreshTeasers();
    const root = doc.documentElement;
    root.setAttribute('data-sourcelight', 'article');
    root.setAttribute('data-sourcelight-claims', String(this.highlightedCount()));
  }

  highlightedCount(): number {
    return this.placed.filter((p) => p.marks.length > 0).length;
  }

  hiddenLinkCount(): number {
    const anchors = new Set<Element>();
    for (const el of this.hidden) {
      if (el.matches('a[href]')) anchors.add(el);
      for (const a of el.querySelectorAll('a[href]')) anchors.add(a);
    }
    return anchors.size;
  }

  get shown(): boolean {
    return this.teasersShown;
  }

  showTeasers(shown: boolean): void {
    this.teasersShown = shown;
    for (const el of this.hidden) {
      if (shown) el.removeAttribute(HIDDEN_ATTR);
      else el.setAttribute(HIDDEN_ATTR, '');
    }
    this.refreshTeasers();
  }

  /** Hides teaser blocks that appeared inside `added` since the page loaded; true when any did. */
  hideLateTeasers(added: readonly Element[]): boolean {
    const fresh = findTeasersIn(this.doc, this.article, added).filter(
      (block) =>
        !this.hidden.some(
          (h) => h === block.element || h.contains(block.element) || block.element.contains(h),
        ),
    );
    const newlyHidden = hideTeasers(fresh);
    if (newlyHidden.length === 0) return false;
    this.hidden.push(...newlyHidden);
    if (this.teasersShown) for (const el of newlyHidden) el.removeAttribute(HIDDEN_ATTR);
    this.refreshTeasers();
    return true;
  }

  isOurs(node: Node): boolean {
    return (
      node === this.overlay.host ||
      (node.nodeType === 1 && (node as Element).matches('mark[data-sourcelight-claim]'))
    );
  }

  reveal(id: string): boolean {
    const marks = this.placed.find((p) => p.id === id)?.marks ?? [];
    const first = marks[0];
    if (!first) return false;
    first.scrollIntoView({ block: 'center', behavior: 'smooth' });
    first.focus({ preventScroll: true });
    for (const mark of marks) {
      mark.setAttribute('data-sourcelight-flash', '');
      setTimeout(() => mark.removeAttribute('data-sourcelight-flash'), 2000);
    }
    return true;
  }

  /** Puts the page back as it was: called when the extension is updated or removed. */
  dispose(): void {
    this.doc.removeEventListener('scroll', this.followScroll, true);
    this.showTeasers(true);
    removeHighlights(this.placed);
    this.overlay.remove();
    const root = this.doc.documentElement;
    root.removeAttribute('data-sourcelight');
    root.removeAttribute('data-sourcelight-claims');
  }

  private refreshTeasers(): void {
    this.overlay.setTeasers(this.hiddenLinkCount(), this.teasersShown);
  }

  private bindTooltips(): void {
    this.doc.addEventListener('scroll', this.followScroll, { capture: true, passive: true });
    for (const p of this.placed) {
      const label = sourceLabel(p.claim);
      for (const mark of p.marks) {
        mark.setAttribute('aria-description', `Source: ${label}`);
        const show = () => this.overlay.showTooltip(mark, label, p.claim.sourceKind);
        const hide = () => this.overlay.hideTooltip();
        mark.addEventListener('mouseenter', show);
        mark.addEventListener('focus', show);
        mark.addEventListener('mouseleave', hide);
        mark.addEventListener('blur', hide);
      }
    }
  }
}
