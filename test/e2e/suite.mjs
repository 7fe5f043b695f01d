import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { launchers, POPUP_VIEWPORT, ROOT } from './support/browsers.mjs';
import { clickOn, inPage, waitInPage } from './support/inpage.mjs';
import { settle, sleep } from './support/poll.mjs';
import { highlighted, int } from './support/probes.mjs';
import { startServer } from './support/server.mjs';

const SHOTS = join(ROOT, 'artifacts/e2e');
const XSS = '<img src=x onerror=alert(1)>';
const SEED_TEASERS = [
  '/us/dc-federal-control-trump-patrol-washington-streets-police-military',
  '/sport/cricket/sri-lanka-always-a-threat-thisara-perera-asia-cup-2025',
  '/culture/tv/strictly-come-dancing-lewis-cope-replaces-kristian-nairn',
  '/opinion/trump-real-motivation-latest-dictator-esque-obsession',
  '/india/obstacles-andhra-pradesh-maharashtra-krishna-upper-bank-project-karnataka',
];
const SEED_KEPT = [
  '/news/',
  '/world/',
  '/politics/',
  'https://www.politico.eu/',
  'https://www.bloomberg.com/europe',
];
const SOURCE_KINDS = ['person', 'organization', 'media', 'document', 'anonymous', 'unattributed'];
const LATE_LINKS = [
  [
    '/lifestyle/garden/how-to-grow-chillies-on-a-windowsill',
    'How to grow chillies on a windowsill',
  ],
  ['/money/cheapest-energy-tariffs-this-month', 'The cheapest energy tariffs this month'],
  [
    '/culture/film/box-office-weekend-animated-sequel',
    'Animated sequel tops the weekend box office',
  ],
  ['/sport/golf/amateur-hits-two-holes-in-one', 'Amateur hits two holes-in-one in a single round'],
];

export function browserSuite(kind) {
  describe(kind, { concurrency: false }, () => {
    let harness;
    let server;
    const dialogs = [];
    const watch = (page) => {
      page.on('dialog', (dialog) => {
        dialogs.push({ type: dialog.type(), message: dialog.message(), url: page.url() });
        (dialog.type() === 'confirm' ? dialog.accept() : dialog.dismiss()).catch(() => {});
      });
      return page;
    };
    const open = async (path) => {
      const page = watch(await harness.openPage(`${server.origin}/${path}`));
      await waitInPage(page, () => analyzed(), null, {
        timeout: 10_000,
        what: `${path} to be analyzed`,
      });
      return page;
    };
    const openExt = async (path, viewport) =>
      watch(await harness.openExtensionPage(path, viewport));
    /**
     * Waits for the content script's verdict on `page`, asked as the popup asks: a page found
     * not to be an article carries no mark of ours to read it from.
     */
    const waitForVerdict = async (page, expected) => {
      const tab = await harness.tabIdFor(page);
      const ask = () =>
        harness.inExtension(async (id) => {
          const api = globalThis.browser ?? globalThis.chrome;
          try {
            const reply = await api.tabs.sendMessage(id, { type: 'page:state' }, { frameId: 0 });
            return reply?.state?.status ?? null;
          } catch {
            // No answer yet: the content script has not decided.
            return null;
          }
        }, tab);
      const verdict = await settle(ask, (v) => v === expected, { timeout: 10_000, interval: 200 });
      assert.equal(verdict, expected, `the content script's verdict on ${page.url()}`);
    };
    const shot = (page, name) =>
      page.screenshot({ path: join(SHOTS, `${kind}-${name}.png`), fullPage: name === 'seed' });
    const openPopupFor = async (page) => {
      const tab = await harness.tabIdFor(page);
      const popup = await openExt(`popup.html?tab=${tab}`, POPUP_VIEWPORT);
      // The popup is checked at the width a browser gives it, in Firefox ESR 140 too.
      assert.equal(await popup.evaluate(() => window.innerWidth), POPUP_VIEWPORT.width);
      await waitInPage(popup, () => int(testIdTexts('claim-count')[0]) !== null, null, {
        timeout: 10_000,
        what: 'popup claim count',
      });
      return popup;
    };
    /** The extension's databases, and every store of Sourcelight's, read in the extension's origin. */
    const readDatabase = () =>
      harness.inExtension(async () => {
        const names = (await indexedDB.databases()).map((d) => d.name);
        const stores = {};
        if (!names.includes('sourcelight')) return { names, stores };
        const db = await new Promise((ok, fail) => {
          const req = indexedDB.open('sourcelight');
          req.onsuccess = () => ok(req.result);
          req.onerror = () => fail(req.error);
        });
        for (const store of db.objectStoreNames) {
          stores[store] = await new Promise((ok, fail) => {
            const req = db.transaction(store).objectStore(store).getAll();
            req.onsuccess = () => ok(req.result);
            req.onerror = () => fail(req.error);
          });
        }
        db.close();
        return { names, stores };
      });
    let seed;

    before(async () => {
      await mkdir(SHOTS, { recursive: true });
      server = await startServer(join(ROOT, 'test/fixtures'));
      const started = Date.now();
      harness = await launchers[kind]();
      console.log(`# ${kind}: launched with extension in ${Date.now() - started} ms`);
    });

    after(async () => {
      await harness?.close();
      await server?.close();
    });

    it('seed: detected as an article; unrelated teasers hidden, nav and in-body links kept', async (t) => {
      seed = watch(await harness.openPage(`${server.origin}/seed.html`));
      const state = await settle(
        () => inPage(seed, () => pageState()),
        (s) => s.mode === 'article' && s.claims !== null && s.hidden > 0 && s.chip,
        { timeout: 10_000 },
      );
      t.diagnostic(
        `claims ${state?.claims}, marks ${state?.marks.length}, hidden links ${state?.hiddenLinks}`,
      );
      assert.equal(state?.mode, 'article', 'data-sourcelight on <html>');
      assert.match(state.claims ?? '', /^\d+$/, 'data-sourcelight-claims on <html>');
      assert.ok(state.overlay?.open, '<sourcelight-overlay> with an open shadow root');
      const teasers = await inPage(seed, (h) => linkStates(h), SEED_TEASERS);
      for (const link of teasers) {
        assert.ok(
          link.found && !link.visible && link.marked,
          `teaser hidden: ${JSON.stringify(link)}`,
        );
      }
      const kept = await inPage(seed, (h) => linkStates(h), SEED_KEPT);
      for (const link of kept) {
        assert.ok(link.found && link.visible && !link.marked, `link kept: ${JSON.stringify(link)}`);
      }
    });

    it('seed: claims highlighted, article text unchanged, tooltip names the source', async () => {
      const state = await inPage(seed, () => pageState());
      assert.ok(state.marks.length >= 10, `at least 10 marks, got ${state.marks.length}`);
      assert.ok(
        state.marks.every((m) => m.tabindex === '0' && m.id),
        'marks are focusable and carry a claim id',
      );
      const ids = new Set(state.marks.map((m) => m.id));
      assert.ok(
        ids.size <= Number(state.claims),
        `${ids.size} marked claims <= ${state.claims} claims`,
      );
      assert.ok(state.legend, 'legend in the overlay');
      const sameText = await inPage(seed, async () => {
        const parsed = await fetchPage(location.href);
        return text(parsed.querySelector('article')) === text(document.querySelector('article'));
      });
      assert.ok(sameText, 'the article text reads the same with highlights');
      assert.ok(await inPage(seed, (n) => focusMark(n), 'dawning reality'), 'mark focused');
      const tip = await settle(
        () => inPage(seed, () => pageState().tooltip),
        (t) => t?.visible && /NATO diplomat/i.test(t.text),
        { timeout: 3_000 },
      );
      assert.ok(tip?.visible, `tooltip shown on focus: ${JSON.stringify(tip)}`);
      assert.match(tip.text, /NATO diplomat/i);
      await shot(seed, 'seed');
    });

    it('seed: hovering a mark shows its own source in the tooltip', async () => {
      await inPage(seed, () => document.activeElement?.blur());
      await seed.mouse.move(1, 1);
      await sleep(100);
      const point = await inPage(seed, (n) => markPoint(n), 'security package');
      assert.ok(point, 'the Bloomberg claim is marked');
      await seed.mouse.move(point.x, point.y);
      const tip = await settle(
        () => inPage(seed, () => pageState().tooltip),
        (t) => t?.visible && /Bloomberg/.test(t.text),
        { timeout: 3_000 },
      );
      assert.ok(tip?.visible, `tooltip shown on hover: ${JSON.stringify(tip)}`);
      assert.match(tip.text, /Bloomberg/);
    });

    it('seed: the chip says how many links are hidden and shows them again on click', async () => {
      const state = await inPage(seed, () => pageState());
      assert.ok(state.chip?.visible, `chip visible: ${JSON.stringify(state.chip)}`);
      assert.equal(int(state.chip.text), state.hiddenLinks, `chip "${state.chip.text}"`);
      await clickOn(seed, () => byTestId('teaser-chip')[0], null);
      await waitInPage(seed, () => pageState().hidden === 0, null, {
        timeout: 3_000,
        what: 'hidden markers removed',
      });
      const teasers = await inPage(seed, (h) => linkStates(h), SEED_TEASERS);
      for (const link of teasers) assert.ok(link.visible, `shown again: ${link.href}`);
    });

    it('popup: claims grouped by source for the tab given by ?tab=', async () => {
      await seed.close();
      seed = await open('seed.html');
      const state = await waitInPage(seed, () => pageState().hidden > 0 && pageState(), null, {
        timeout: 10_000,
        what: 'teasers hidden after reload',
      });
      const popup = await openPopupFor(seed);
      const view = await inPage(popup, () => ({
        status: testIdTexts('popup-status')[0] ?? null,
        claims: int(testIdTexts('claim-count')[0]),
        sources: int(testIdTexts('source-count')[0]),
        anon: testIdTexts('anon-share')[0] ?? null,
        groups: byTestId('source-group').map((g) => ({ kind: g.dataset.kind, text: text(g) })),
        items: byTestId('claim-item').map(text),
        names: testIdTexts('source-name'),
        teasers: int(testIdTexts('teaser-count')[0]),
      }));
      await shot(popup, 'popup');
      assert.ok(view.status, 'status shown');
      assert.equal(view.claims, Number(state.claims), 'claim count matches the page');
      assert.equal(view.items.length, view.claims, 'one item per claim');
      assert.ok(view.sources >= 2 && view.sources <= view.claims, `source count ${view.sources}`);
      assert.match(view.anon ?? '', /\d+\s*%/, 'anonymous share as a percentage');
      assert.ok(view.groups.length >= 2, 'several source groups');
      for (const g of view.groups) assert.ok(SOURCE_KINDS.includes(g.kind), `group kind ${g.kind}`);
      const nato = view.groups.find((g) => /NATO diplomat/i.test(g.text));
      assert.equal(nato?.kind, 'anonymous', 'the NATO diplomat is an anonymous source');
      // "Trump", "President Trump" and "The president" are one source.
      const trump = view.names.filter((n) => /Trump/.test(n));
      assert.deepEqual(trump, ['President Trump ×5'], 'Trump listed once, with all his claims');
      assert.equal(view.teasers, state.hiddenLinks, 'teaser count matches hidden links');

      const lastClaim = await inPage(popup, () => byTestId('claim-item').at(-1)?.dataset.claimId);
      await clickOn(popup, (id) => document.querySelector(`[data-claim-id="${id}"]`), lastClaim);
      await waitInPage(
        seed,
        (id) =>
          document
            .querySelector(`mark[data-sourcelight-claim="${id}"]`)
            ?.hasAttribute('data-sourcelight-flash'),
        lastClaim,
        { timeout: 3_000, what: 'a claim clicked in the popup flashes in the page' },
      );

      await clickOn(popup, () => byTestId('teaser-toggle')[0], null);
      await waitInPage(seed, () => pageState().hidden === 0, null, {
        timeout: 3_000,
        what: 'popup toggle to show the teasers in the tab',
      });
      await popup.close();
    });

    it('storage: highlights live in the extension IndexedDB, not in the page origin', async () => {
      const dump = await readDatabase();
      assert.ok(dump.names.includes('sourcelight'), `extension databases: ${dump.names}`);
      assert.ok(
        JSON.stringify(dump.stores).includes('dawning reality'),
        'a seed highlight is stored',
      );
      const pageDbs = await seed.evaluate(async () =>
        (await indexedDB.databases()).map((d) => d.name),
      );
      assert.deepEqual(pageDbs, [], 'the page origin has no databases');
    });

    it('options: saved highlights listed after reload; search, kind filter, delete', async () => {
      const options = await openExt('options.html');
      const count = () => inPage(options, () => byTestId('highlight-item').length);
      await waitInPage(options, () => byTestId('highlight-item').length >= 10, null, {
        timeout: 10_000,
        what: 'at least 10 saved highlights',
      });
      await harness.reloadExtensionPage(options);
      await waitInPage(options, () => byTestId('highlight-item').length >= 10, null, {
        timeout: 10_000,
        what: 'highlights after reload',
      });
      const total = await count();
      const seedItems = await inPage(options, () => {
        const group = byTestId('article-group').find((g) =>
          text(g).includes('Ukraine security guarantees'),
        );
        return group ? group.querySelectorAll('[data-testid="highlight-item"]').length : null;
      });
      const claims = Number(await inPage(seed, () => pageState().claims));
      assert.equal(
        seedItems,
        claims,
        'the seed article is one group, one item per claim, after it was loaded twice',
      );
      await shot(options, 'options');

      await inPage(options, () => byTestId('search')[0].focus());
      await options.keyboard.type('NATO');
      const found = await waitInPage(
        options,
        (n) => {
          const items = testIdTexts('highlight-item');
          return items.length > 0 && items.length < n && items;
        },
        total,
        { timeout: 3_000, what: 'search to narrow the list' },
      );
      for (const item of found) assert.match(item, /nato/i, 'search results match');
      await inPage(options, () => {
        const input = byTestId('search')[0];
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, '');
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
      await waitInPage(options, (n) => byTestId('highlight-item').length === n, total, {
        what: 'search cleared',
      });

      const kinds = await inPage(options, () => {
        const select = byTestId('kind-filter')[0];
        return select?.tagName === 'SELECT' ? [...select.options].map((o) => o.value) : null;
      });
      assert.ok(
        kinds?.includes('anonymous'),
        `kind filter is a <select> with "anonymous": ${kinds}`,
      );
      const choose = (value) =>
        inPage(
          options,
          (v) => {
            const select = byTestId('kind-filter')[0];
            Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value').set.call(
              select,
              v,
            );
            select.dispatchEvent(new Event('change', { bubbles: true }));
          },
          value,
        );
      await choose('anonymous');
      await waitInPage(
        options,
        (n) => {
          const k = byTestId('highlight-item').length;
          return k > 0 && k < n;
        },
        total,
        { timeout: 3_000, what: 'kind filter to narrow the list' },
      );
      await choose(kinds[0]);
      await waitInPage(options, (n) => byTestId('highlight-item').length === n, total, {
        what: 'kind filter reset',
      });

      await clickOn(
        options,
        () => byTestId('highlight-item')[0].querySelector('[data-testid="delete-highlight"]'),
        null,
      );
      await waitInPage(options, (n) => byTestId('highlight-item').length === n - 1, total, {
        timeout: 3_000,
        what: 'one highlight deleted',
      });
      await harness.reloadExtensionPage(options);
      await waitInPage(options, (n) => byTestId('highlight-item').length === n - 1, total, {
        timeout: 10_000,
        what: 'deletion to persist',
      });
      await options.close();
    });

    it('not-article page: no mark of ours on it, its body left exactly as served', async () => {
      const page = watch(await harness.openPage(`${server.origin}/e2e/not-article.html`));
      await waitForVerdict(page, 'not-article');
      await sleep(1_000);
      const result = await inPage(page, async () => {
        const parsed = await fetchPage(location.href);
        return {
          marks: document.documentElement
            .getAttributeNames()
            .filter((name) => name.startsWith('data-sourcelight')),
          same: parsed.body.innerHTML === document.body.innerHTML,
          overlay: !!document.querySelector('sourcelight-overlay'),
        };
      });
      assert.deepEqual(result.marks, [], 'no attribute of ours on <html>');
      assert.ok(result.same, 'body innerHTML unchanged');
      assert.ok(!result.overlay, 'no overlay');
      // The popup's question is answered by the runtime the gate loads on demand.
      const tab = await harness.tabIdFor(page);
      const popup = await openExt(`popup.html?tab=${tab}`, POPUP_VIEWPORT);
      const status = await waitInPage(
        popup,
        () => {
          const shown = document.querySelector('[data-testid="popup-status"]')?.dataset.status;
          return shown !== 'loading' && shown;
        },
        null,
        { timeout: 10_000, what: 'popup status on a listing page' },
      );
      assert.equal(status, 'not-article', 'the popup says the page is not an article');
      await popup.close();
      await page.close();
    });

    it("front page: a blog's front page showing its latest post in full is left alone", async () => {
      // test/fixtures/index.html, served at "/"; at any other address it is taken for the post.
      const page = watch(await harness.openPage(`${server.origin}/`));
      await waitForVerdict(page, 'not-article');
      const seen = await inPage(page, () => ({
        marks: document.querySelectorAll('mark[data-sourcelight-claim]').length,
        overlay: !!document.querySelector('sourcelight-overlay'),
        ours: document.documentElement
          .getAttributeNames()
          .filter((name) => name.startsWith('data-sourcelight')),
      }));
      assert.deepEqual(seen, { marks: 0, overlay: false, ours: [] }, 'nothing of ours on it');
      await page.close();
    });

    it('xss page: markup in a quote stays text in tooltip, popup and options', async () => {
      const page = await open('e2e/xss.html');
      await waitInPage(page, () => pageState().mode === 'article', null, { timeout: 10_000 });
      const marked = await inPage(page, (n) => focusMark(n), 'onerror');
      assert.ok(marked, 'the quote with markup is highlighted');
      const markText = await inPage(page, () =>
        [...document.querySelectorAll('mark[data-sourcelight-claim]')].map(text).join(' '),
      );
      assert.ok(markText.includes(XSS), `the mark holds the literal text: ${markText}`);
      const tip = await settle(
        () => inPage(page, () => pageState().tooltip),
        (t) => t?.visible && t.text.includes('Jane Doe'),
        { timeout: 3_000 },
      );
      assert.ok(tip?.visible, `tooltip names the speaker: ${JSON.stringify(tip)}`);
      assert.equal(
        await inPage(page, () => imgX()),
        0,
        'no img[src=x] in the page or its shadow roots',
      );

      const popup = await openPopupFor(page);
      const items = await inPage(popup, () => testIdTexts('claim-item'));
      assert.ok(
        items.some((i) => i.includes(XSS)),
        'popup shows the literal text',
      );
      assert.equal(await inPage(popup, () => imgX()), 0, 'no img[src=x] in the popup');
      await popup.close();

      const options = await openExt('options.html');
      await waitInPage(
        options,
        (s) => testIdTexts('highlight-item').some((i) => i.includes(s)),
        XSS,
        {
          timeout: 10_000,
          what: 'options to list the xss highlight as text',
        },
      );
      assert.equal(await inPage(options, () => imgX()), 0, 'no img[src=x] in options');
      await options.close();
      await sleep(300);
      assert.deepEqual(
        dialogs.filter((d) => d.type === 'alert'),
        [],
        'no alert fired',
      );
      assert.ok(!server.requests.some((p) => /\/x$/.test(p)), 'nothing requested the image "x"');
      await page.close();
    });

    it('late teaser: a widget inserted 2 s after load is hidden within 2 s', async (t) => {
      const page = watch(await harness.openPage(`${server.origin}/e2e/late-teaser.html`));
      const loaded = Date.now();
      await waitInPage(page, () => pageState().mode === 'article', null, { timeout: 10_000 });
      await sleep(Math.max(0, 2_000 - (Date.now() - loaded)));
      await inPage(
        page,
        (links) => {
          const box = document.createElement('section');
          box.className = 'recommended';
          const heading = document.createElement('h3');
          heading.textContent = 'Recommended for you';
          const list = document.createElement('ul');
          for (const [href, title] of links) {
            const a = document.createElement('a');
            a.href = href;
            a.textContent = title;
            list.appendChild(document.createElement('li')).appendChild(a);
          }
          box.append(heading, list);
          document.querySelector('main').appendChild(box);
        },
        LATE_LINKS,
      );
      const inserted = Date.now();
      const hrefs = LATE_LINKS.map(([href]) => href);
      await waitInPage(
        page,
        (h) => linkStates(h).every((l) => l.found && !l.visible && l.marked),
        hrefs,
        { timeout: 2_000, what: 'late widget hidden' },
      ).catch(async (error) => {
        throw new Error(
          `${error.message}; links: ${JSON.stringify(await inPage(page, (h) => linkStates(h), hrefs))}`,
        );
      });
      t.diagnostic(`late widget hidden ${Date.now() - inserted} ms after insertion`);
      await page.close();
    });

    it('in-page navigation: a story swapped in without a page load is analysed, the last one undone', async (t) => {
      const page = watch(await harness.openPage(`${server.origin}/e2e/not-article.html`));
      await waitForVerdict(page, 'not-article');
      // What a single-page site does: fetch the next story, rewrite the address, swap the content.
      // The second swap leaves the <head> alone, as many such sites do, so its canonical link
      // still names the first story.
      const swapTo = (path, withHead) =>
        inPage(
          page,
          async ([to, head]) => {
            const next = await fetchPage(to);
            history.pushState({}, '', to);
            document.title = next.title;
            if (head) document.head.replaceChildren(...next.head.childNodes);
            document.body.replaceWith(next.body);
          },
          [path, withHead],
        );
      const marksWith = (needle) =>
        inPage(page, (n) => pageState().marks.filter((m) => m.text.includes(n)).length, needle);

      const started = Date.now();
      await swapTo('/e2e/spa-ferry.html', true);
      await waitInPage(
        page,
        (words) => highlighted(words) && pageState().hidden > 0,
        'half-empty boats',
        { timeout: 10_000, what: 'the swapped-in ferry story highlighted, its teasers hidden' },
      );
      t.diagnostic(`first story analysed ${Date.now() - started} ms after the swap`);

      await swapTo('/e2e/spa-orchard.html', false);
      await waitInPage(
        page,
        () => pageState().marks.some((m) => m.text.includes('secateurs')),
        null,
        { timeout: 10_000, what: 'the orchard story highlighted' },
      );
      assert.equal(await marksWith('half-empty boats'), 0, 'no mark of the last story is left');
      const state = await inPage(page, () => pageState());
      assert.equal(state.mode, 'article');
      assert.equal(state.hidden, 0, 'nothing hidden on a story without teasers');
      assert.equal(
        Number(state.claims),
        new Set(state.marks.map((m) => m.id)).size,
        "the claim count is the new story's",
      );
      assert.equal(
        await inPage(page, () => document.querySelectorAll('sourcelight-overlay').length),
        1,
        'one overlay',
      );

      const popup = await openPopupFor(page);
      const title = await inPage(popup, () => text(document.querySelector('h1.title')));
      assert.match(title, /Community orchard/, 'the popup speaks of the story now shown');
      await popup.close();

      // Each story is kept under its own address: the stale canonical link did not file the
      // orchard story under the ferry story.
      const stored = await settle(
        async () =>
          ((await readDatabase()).stores.articles ?? [])
            .filter((r) => /\/e2e\/spa-/.test(r.url))
            .map((r) => ({ url: r.url, canonical: r.canonicalUrl, title: r.title })),
        (rows) => rows.length >= 2,
        { timeout: 5_000 },
      );
      const ferry = stored?.find((r) => r.url.endsWith('/e2e/spa-ferry.html'));
      const orchard = stored?.find((r) => r.url.endsWith('/e2e/spa-orchard.html'));
      assert.match(ferry?.title ?? '', /Ferry operator/, `ferry record: ${JSON.stringify(stored)}`);
      assert.match(
        orchard?.title ?? '',
        /Community orchard/,
        `orchard record: ${JSON.stringify(stored)}`,
      );
      assert.equal(orchard.canonical, null, 'the stale canonical link was not believed');

      // Back to a page that is no story: nothing of ours is left on it.
      await swapTo('/e2e/not-article.html', true);
      const back = await settle(
        () => inPage(page, () => pageState()),
        // The story's mark on <html> goes when its session is undone.
        (s) => s.mode === null && s.overlay === null,
        // Well before the 6 s after which the page is taken as it is: the story we were on is
        // gone from it, so there is nothing to wait for.
        { timeout: 4_000 },
      );
      assert.equal(back?.mode, null, 'no mark of ours on the listing');
      assert.deepEqual(back.marks, [], 'no marks');
      assert.equal(back.overlay, null, 'no overlay');
      await waitForVerdict(page, 'not-article');
      await page.close();
    });

    it('late story: a page that renders its story after load is looked at again', async (t) => {
      const page = watch(await harness.openPage(`${server.origin}/e2e/late-article.html`));
      await waitForVerdict(page, 'not-article');
      const started = Date.now();
      await inPage(page, async () => {
        const story = await fetchPage('/e2e/spa-orchard.html');
        document.querySelector('main').replaceWith(story.querySelector('main'));
      });
      await waitInPage(page, highlighted, 'secateurs', {
        timeout: 5_000,
        what: 'the story rendered after load highlighted',
      });
      t.diagnostic(`story analysed ${Date.now() - started} ms after it was rendered`);
      await page.close();
    });

    it('open dialog: a story kept from screen readers behind a consent dialog is still read', async () => {
      const page = watch(await harness.openPage(`${server.origin}/e2e/dialog-open.html`));
      await waitInPage(page, highlighted, 'delighted to have the ferry back', {
        timeout: 10_000,
        what: 'the story behind the dialog highlighted',
      });
      assert.equal(
        await inPage(page, () =>
          [...document.querySelectorAll('mark[data-sourcelight-claim]')].every((m) =>
            m.closest('article'),
          ),
        ),
        true,
        'marks only in the story, none in the dialog',
      );
      await page.close();
    });

    it('chinese story: an undeclared story in Chinese is found and its unrelated headlines hidden', async () => {
      const page = watch(await harness.openPage(`${server.origin}/e2e/chinese-story.html`));
      const state = await settle(
        () => inPage(page, () => pageState()),
        (s) => s.mode === 'article' && s.hidden > 0 && s.chip,
        { timeout: 10_000 },
      );
      assert.equal(state?.mode, 'article', 'taken for an article');
      assert.equal(state.hiddenLinks, 5, 'the five hot-news headlines hidden');
      assert.match(state.chip?.text ?? '', /\b5\b/, 'the chip counts them');
      const shown = await inPage(page, () => ({
        story: [...document.querySelectorAll('.story p')].every((p) => visible(p)),
        menu: [...document.querySelectorAll('.header a, .footer a')].every((a) => visible(a)),
      }));
      assert.deepEqual(shown, { story: true, menu: true }, 'story and site links shown');
      await page.close();
    });

    it('re-rendered story: a site that renders the story anew after load gets it analysed again', async () => {
      const page = watch(await harness.openPage(`${server.origin}/e2e/spa-ferry.html`));
      await waitInPage(
        page,
        () =>
          pageState().marks.some((m) => m.text.includes('half-empty boats')) &&
          pageState().hidden > 0,
        null,
        { timeout: 10_000, what: 'the ferry story highlighted, its teasers hidden' },
      );
      // What a script that takes over server-rendered markup may do: put the same story back as
      // new elements, without our marks and hidden teasers.
      await inPage(page, async () => {
        const fresh = await fetchPage(location.href);
        document.querySelector('main').replaceWith(fresh.querySelector('main'));
      });
      await waitInPage(
        page,
        () =>
          pageState().marks.some((m) => m.text.includes('half-empty boats')) &&
          pageState().hidden > 0 &&
          [...document.querySelectorAll('mark[data-sourcelight-claim]')].every((m) =>
            m.closest('main'),
          ),
        null,
        { timeout: 4_000, what: 'the story rendered anew highlighted again, its teasers hidden' },
      );
      assert.equal(
        await inPage(page, () => document.querySelectorAll('sourcelight-overlay').length),
        1,
        'one overlay',
      );
      await page.close();
    });

    it('settings: a change in the options page reaches an open article at once', async () => {
      const page = await open('seed.html');
      const look = () =>
        inPage(page, () => {
          const s = pageState();
          return {
            mode: s.mode,
            hidden: s.hidden,
            marks: s.marks.length,
            overlay: !!s.overlay,
            text: document.body.textContent,
          };
        });
      const full = await settle(look, (s) => s.mode === 'article' && s.hidden > 0 && s.marks > 0, {
        timeout: 10_000,
      });
      const options = await openExt('options.html');
      await waitInPage(options, () => byTestId('setting-hide-teasers').length === 1, null, {
        timeout: 10_000,
        what: 'the settings panel',
      });
      const change = async (testId, expect, what) => {
        await clickOn(options, (id) => byTestId(id)[0], testId);
        const seen = await settle(look, expect, { timeout: 5_000 });
        assert.ok(expect(seen), `${what}: ${JSON.stringify({ ...seen, text: undefined })}`);
        assert.equal(seen.text, full.text, `${what}: the article text is as served`);
      };
      await change(
        'setting-hide-teasers',
        (s) => s.hidden === 0 && s.marks === full.marks,
        'teasers shown, highlights kept',
      );
      await change(
        'setting-highlight-claims',
        (s) => s.mode === 'article' && s.hidden === 0 && s.marks === 0,
        'highlights removed',
      );
      await change(
        'setting-hide-teasers',
        (s) => s.hidden === full.hidden && s.marks === 0,
        'teasers hidden again',
      );
      await change(
        'setting-highlight-claims',
        (s) => s.hidden === full.hidden && s.marks === full.marks,
        'highlights back',
      );
      await inPage(options, () => byTestId('disabled-site-input')[0].focus());
      await options.keyboard.type('127.0.0.1');
      await change(
        'disabled-site-add',
        (s) => s.mode === 'off' && s.hidden === 0 && s.marks === 0 && !s.overlay,
        'site turned off',
      );
      await change(
        'disabled-site-remove',
        (s) => s.mode === 'article' && s.hidden === full.hidden && s.marks === full.marks,
        'site turned back on',
      );
      await page.close();
      await options.close();
    });

    it('settings: a site turned off in the options page is left alone', async () => {
      const options = await openExt('options.html');
      await waitInPage(options, () => byTestId('disabled-site-input').length === 1, null, {
        timeout: 10_000,
        what: 'the disabled-sites form',
      });
      await inPage(options, () => byTestId('disabled-site-input')[0].focus());
      await options.keyboard.type('127.0.0.1');
      await clickOn(options, () => byTestId('disabled-site-add')[0], null);
      await waitInPage(options, () => testIdTexts('disabled-site-item').length === 1, null, {
        timeout: 3_000,
        what: 'the site listed as off',
      });
      const page = await open('seed.html');
      const mode = await waitInPage(
        page,
        () => document.documentElement.dataset.sourcelight,
        null,
        {
          timeout: 10_000,
          what: 'data-sourcelight on a site turned off',
        },
      );
      const touched = await inPage(page, () => ({
        hidden: document.querySelectorAll('[data-sourcelight-hidden]').length,
        marks: document.querySelectorAll('mark[data-sourcelight-claim]').length,
        overlay: !!document.querySelector('sourcelight-overlay'),
      }));
      assert.equal(mode, 'off');
      assert.deepEqual(touched, { hidden: 0, marks: 0, overlay: false }, 'nothing changed');
      await clickOn(options, () => byTestId('disabled-site-remove')[0], null);
      await waitInPage(options, () => testIdTexts('disabled-site-item').length === 0, null, {
        timeout: 3_000,
        what: 'the site turned back on',
      });
      await page.close();
      await options.close();
    });
  });
}
