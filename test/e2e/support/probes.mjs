/**
 * Functions that run inside pages (article tabs, popup, options). Each is sent as source text
 * with all the others in scope, so they may call one another by these names; they must not
 * close over anything else. Together they describe what a user sees: visibility, elements in
 * open shadow roots, and the content script's DOM contract.
 */

export const visible = (el) =>
  !!el &&
  el.isConnected &&
  el.getClientRects().length > 0 &&
  el.checkVisibility({
    checkOpacity: true,
    checkVisibilityCSS: true,
    opacityProperty: true,
    visibilityProperty: true,
  });

/** The document and every open shadow root in it, nested ones included. */
export const roots = () => {
  const out = [document];
  for (let i = 0; i < out.length; i++) {
    for (const el of out[i].querySelectorAll('*')) if (el.shadowRoot) out.push(el.shadowRoot);
  }
  return out;
};

export const deepAll = (selector) => roots().flatMap((r) => [...r.querySelectorAll(selector)]);
export const byTestId = (id) => deepAll(`[data-testid="${id}"]`);
export const text = (el) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
export const testIdTexts = (id) => byTestId(id).map(text);
export const int = (s) => {
  const m = /\d+/.exec(s ?? '');
  return m ? Number(m[0]) : null;
};

/** Scrolls the element into view and returns a point on its first line box. */
export const clickPoint = (el) => {
  el.scrollIntoView({ block: 'center', inline: 'nearest' });
  const r = el.getClientRects()[0] ?? el.getBoundingClientRect();
  return { x: r.x + Math.min(r.width / 2, 20), y: r.y + r.height / 2 };
};

/** A page of the test server, fetched and parsed as the browser would (not rendered). */
export const fetchPage = async (url) =>
  new DOMParser().parseFromString(await (await fetch(url)).text(), 'text/html');

export const analyzed = () => !!document.documentElement.dataset.sourcelight;

export const imgX = () => deepAll('img').filter((i) => i.getAttribute('src') === 'x').length;

/** What the content script's DOM contract says about this page. */
export const pageState = () => {
  const html = document.documentElement;
  const host = document.querySelector('sourcelight-overlay');
  const one = (id) => byTestId(id)[0] ?? null;
  const chip = one('teaser-chip');
  const tooltip = one('claim-tooltip');
  const legend = one('legend');
  return {
    mode: html.dataset.sourcelight ?? null,
    claims: html.dataset.sourcelightClaims ?? null,
    hidden: document.querySelectorAll('[data-sourcelight-hidden]').length,
    hiddenLinks: [...document.querySelectorAll('a[href]')].filter(
      (a) => a.closest('[data-sourcelight-hidden]') && !visible(a),
    ).length,
    marks: [...document.querySelectorAll('mark[data-sourcelight-claim]')].map((m) => ({
      id: m.dataset.sourcelightClaim,
      tabindex: m.getAttribute('tabindex'),
      text: text(m),
    })),
    overlay: host ? { open: !!host.shadowRoot } : null,
    chip: chip && { text: text(chip), visible: visible(chip) },
    tooltip: tooltip && { text: text(tooltip), visible: visible(tooltip) },
    legend: legend && { text: text(legend) },
  };
};

/** The page is taken for an article and a claim mark holds `words`. */
export const highlighted = (words) => {
  const state = pageState();
  return state.mode === 'article' && state.marks.some((m) => m.text.includes(words));
};

/** For each href attribute: is the link there, visible, and under a hidden marker? */
export const linkStates = (hrefs) =>
  hrefs.map((href) => {
    const a = [...document.querySelectorAll('a[href]')].find(
      (x) => x.getAttribute('href') === href,
    );
    return {
      href,
      found: !!a,
      visible: visible(a),
      marked: !!a?.closest('[data-sourcelight-hidden]'),
    };
  });

/** The first mark whose text contains `needle`, focused as a keyboard user would reach it. */
export const focusMark = (needle) => {
  const mark = [...document.querySelectorAll('mark[data-sourcelight-claim]')].find((m) =>
    m.textContent.includes(needle),
  );
  if (!mark) return false;
  mark.scrollIntoView({ block: 'center' });
  mark.focus();
  return document.activeElement === mark;
};

/** The first mark containing `needle`, as a point to move the mouse to. */
export const markPoint = (needle) => {
  const mark = [...document.querySelectorAll('mark[data-sourcelight-claim]')].find((m) =>
    m.textContent.includes(needle),
  );
  return mark ? clickPoint(mark) : null;
};
