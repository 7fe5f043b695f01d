import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { waitFor } from './poll.mjs';

export const ROOT = resolve(import.meta.dirname, '../../..');
/** Overridable to test another unpacked build (e.g. an older release) with the same suite. */
export const CHROME_BUILD = resolve(process.env.CHROME_BUILD || join(ROOT, '.output/chrome-mv3'));
export const FIREFOX_BUILD = resolve(
  process.env.FIREFOX_BUILD || join(ROOT, '.output/firefox-mv2'),
);
/** Pinned through a pref so the tests know the moz-extension:// origin in advance. */
export const FIREFOX_UUID = '5f0c2d1e-7a43-4b8e-9c61-2b9e8d4a7f10';
const VIEWPORT = { width: 1280, height: 900 };
/** The size a toolbar popup gets, so its screenshot looks like what a user sees. */
export const POPUP_VIEWPORT = { width: 420, height: 640 };

/**
 * Headless Chromium as root on a machine with no network: without the background-networking
 * flags it keeps trying to reach Google's hosts.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function browserPath(kind) {
  const [envName, fallback, label] =
    kind === 'chromium'
      ? ['CHROMIUM_PATH', '/usr/bin/chromium', 'Chromium']
      : ['FIREFOX_PATH', '/usr/bin/firefox-esr', 'Firefox ESR'];
  const path = process.env[envName] || fallback;
  if (!existsSync(path)) {
    throw new Error(
      `${label} not found at ${path}. Install it with \`apt-get install chromium firefox-esr\` ` +
        `(Debian packages) or point ${envName} at the binary.`,
    );
  }
  return path;
}

/**
 * The browser's id for the tab showing `page`. Tab URLs are visible to the extension only
 * where it has host access (Chromium grants it through the content script's matches, Firefox
 * MV2 does not), so the page is brought to the front first and, failing a URL match, the active
 * tab is taken. `listTabs` must not open a tab of its own.
 */
async function tabIdFor(page, listTabs) {
  const url = page.url();
  await page.bringToFront();
  const tabs = await listTabs();
  const byUrl = tabs.filter((t) => t.url === url);
  if (byUrl.length === 1) return byUrl[0].id;
  if (byUrl.length > 1) throw new Error(`${byUrl.length} tabs show ${url}; expected one`);
  const active = tabs.filter((t) => t.active);
  if (active.length !== 1) throw new Error(`cannot tell which tab shows ${url}`);
  return active[0].id;
}

export function requireBuild(dir) {
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`No extension build at ${dir}: run \`npm run build\` first.`);
  }
}

/**
 * Chromium with the MV3 build loaded, driven by playwright-core. Extension pages are
 * chrome-extension://<id>/…; the service worker gives the id and sees the extension's storage.
 */
export async function launchChromium({ headless = true } = {}) {
  requireBuild(CHROME_BUILD);
  const { chromium } = await import('playwright-core');
  const profile = await mkdtemp(join(tmpdir(), 'sourcelight-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: browserPath('chromium'),
    headless,
    viewport: VIEWPORT,
    args: [
      `--disable-extensions-except=${CHROME_BUILD}`,
      `--load-extension=${CHROME_BUILD}`,
      ...CHROMIUM_ARGS,
    ],
  });
  const worker =
    context.serviceWorkers()[0] ??
    (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  const extensionUrl = (path) => `chrome-extension://${extensionId}/${path}`;

  /** The worker is stopped when idle; take the live one, or wake it through an extension page. */
  async function inExtension(fn, arg) {
    const live = context.serviceWorkers().find((w) => w.url().includes(extensionId));
    if (live) {
      try {
        return await live.evaluate(fn, arg);
      } catch {
        // fall through to an extension page
      }
    }
    const page = await openExtensionPage('options.html');
    try {
      return await page.evaluate(fn, arg);
    } finally {
      await page.close();
    }
  }

  async function openPage(url) {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    return page;
  }

  async function openExtensionPage(path, viewport) {
    const page = await context.newPage();
    if (viewport) await page.setViewportSize(viewport);
    await page.goto(extensionUrl(path), { waitUntil: 'load' });
    return page;
  }

  return {
    name: 'chromium',
    extensionUrl,
    openPage,
    openExtensionPage,
    reloadExtensionPage: (page) => page.reload({ waitUntil: 'load' }),
    inExtension,
    tabIdFor: (page) =>
      tabIdFor(page, () =>
        inExtension(async () =>
          (await chrome.tabs.query({})).map(({ id, url, active }) => ({ id, url, active })),
        ),
      ),
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Firefox ESR with the MV2 build installed as a temporary add-on, driven by puppeteer-core over
 * WebDriver BiDi. moz-extension:// pages never report a load event there, so navigation to them
 * is started without waiting and readiness is polled. `prefs`: extra Firefox preferences (the
 * extension benchmark turns off timer coarsening).
 */
export async function launchFirefox({ headless = true, prefs = {} } = {}) {
  requireBuild(FIREFOX_BUILD);
  const { default: puppeteer } = await import('puppeteer-core');
  // The add-on id comes from the build (wxt.config.ts sets it), so the two cannot drift apart.
  const manifest = JSON.parse(readFileSync(join(FIREFOX_BUILD, 'manifest.json'), 'utf8'));
  const geckoId = manifest.browser_specific_settings?.gecko?.id;
  if (!geckoId) throw new Error(`${FIREFOX_BUILD}/manifest.json has no gecko id`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: browserPath('firefox'),
    headless,
    defaultViewport: VIEWPORT,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: FIREFOX_UUID }),
      ...prefs,
    },
  });
  try {
    await browser.installExtension(FIREFOX_BUILD);
  } catch (error) {
    await browser.close();
    throw error;
  }
  const extensionUrl = (path) => `moz-extension://${FIREFOX_UUID}/${path}`;

  async function whenReady(page, path) {
    await waitFor(
      page,
      () => document.readyState === 'complete' && document.body?.childElementCount > 0,
      undefined,
      { timeout: 15_000, what: `extension page ${path} to render` },
    );
  }

  /**
   * Puppeteer sends the screen orientation beside the viewport size, and Firefox ESR 140 (Debian's
   * package on some days) knows no `emulation.setScreenOrientationOverride`: the size is set all
   * the same, so only that refusal is let pass.
   */
  async function setViewport(page, viewport) {
    try {
      await page.setViewport(viewport);
    } catch (error) {
      if (!/unknown command emulation\.setScreenOrientationOverride/.test(String(error)))
        throw error;
    }
  }

  async function openExtensionPage(path, viewport) {
    const page = await browser.newPage();
    if (viewport) await setViewport(page, viewport);
    page.goto(extensionUrl(path)).catch(() => {});
    await waitFor(page, (href) => location.href === href, extensionUrl(path), {
      timeout: 15_000,
      what: `navigation to ${path}`,
    });
    await whenReady(page, path);
    return page;
  }

  /** One extension page kept open in the background to run extension code in. */
  let probe = null;
  async function inExtension(fn, arg) {
    if (!probe || probe.isClosed()) probe = await openExtensionPage('options.html');
    return probe.evaluate(fn, arg);
  }

  return {
    name: 'firefox',
    extensionUrl,
    async openPage(url) {
      const page = await browser.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return page;
    },
    openExtensionPage,
    async reloadExtensionPage(page) {
      await page.evaluate(() => {
        document.body.dataset.e2eStale = '1';
        location.reload();
      });
      await waitFor(page, () => !document.body?.dataset.e2eStale, undefined, {
        timeout: 15_000,
        what: 'extension page reload',
      });
      await whenReady(page, 'after reload');
    },
    inExtension,
    async tabIdFor(page) {
      await inExtension(() => true);
      return tabIdFor(page, () =>
        inExtension(async () =>
          (await browser.tabs.query({})).map(({ id, url, active }) => ({ id, url, active })),
        ),
      );
    },
    close: () => browser.close(),
  };
}

export const launchers = { chromium: launchChromium, firefox: launchFirefox };
