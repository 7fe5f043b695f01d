import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { launchChromium, POPUP_VIEWPORT, ROOT } from '../test/e2e/support/browsers.mjs';
import { inPage, waitInPage } from '../test/e2e/support/inpage.mjs';
import { int } from '../test/e2e/support/probes.mjs';
import { startServer } from '../test/e2e/support/server.mjs';

/**
 * Opens the demo article in Chromium with the built extension, saves screenshots of the page
 * with its overlays, the popup and the options page, and prints what the extension found.
 * Headed when a display is available (and not in CI), headless otherwise.
 */
const OUT = join(ROOT, 'artifacts/demo');
const headless = !process.env.DISPLAY || !!process.env.CI;

const quietly = (promise) => promise.catch(() => null);

async function main() {
  await mkdir(OUT, { recursive: true });
  const server = await startServer(join(ROOT, 'test/fixtures'));
  const browser = await launchChromium({ headless });
  try {
    const page = await browser.openPage(`${server.origin}/seed.html`);
    await waitInPage(page, () => analyzed(), null, { timeout: 10_000, what: 'the page analysis' });
    // The overlay mounts after the analysis; give it a moment before reading it.
    await quietly(
      waitInPage(page, () => pageState().chip, null, { timeout: 3_000, what: 'the overlay' }),
    );
    const state = await inPage(page, () => pageState());
    await quietly(inPage(page, (n) => focusMark(n), 'dawning reality'));
    await quietly(waitInPage(page, () => pageState().tooltip?.visible, null, { timeout: 2_000 }));
    await page.screenshot({ path: join(OUT, 'page.png'), fullPage: true });

    const tab = await browser.tabIdFor(page);
    const popup = await browser.openExtensionPage(`popup.html?tab=${tab}`, POPUP_VIEWPORT);
    await quietly(
      waitInPage(popup, () => int(testIdTexts('source-count')[0]) !== null, null, {
        timeout: 5_000,
      }),
    );
    const sources = await inPage(popup, () => int(testIdTexts('source-count')[0]));
    await popup.screenshot({ path: join(OUT, 'popup.png') });

    const options = await browser.openExtensionPage('options.html');
    await quietly(
      waitInPage(options, () => byTestId('highlight-item').length > 0, null, { timeout: 5_000 }),
    );
    await options.screenshot({ path: join(OUT, 'options.png'), fullPage: true });

    const show = (value) => (value === null || value === undefined ? 'n/a' : value);
    console.log(`Sourcelight demo (${headless ? 'headless' : 'headed'} Chromium)`);
    console.log(
      `  article detected: ${state.mode === 'article' ? 'yes' : `no (${show(state.mode)})`}`,
    );
    console.log(`  claims: ${show(state.claims)}, highlighted: ${state.marks.length}`);
    console.log(`  distinct sources: ${show(sources)}`);
    console.log(`  teaser links hidden: ${state.hiddenLinks} (chip: "${show(state.chip?.text)}")`);
    console.log(`  screenshots: ${OUT}/{page,popup,options}.png`);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error) => {
  console.error(`demo failed: ${error.message}`);
  process.exit(1);
});
