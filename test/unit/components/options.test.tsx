// liveQuery only reacts with the global IndexedDB (not one passed in options): install the fake one.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '../../../components/options/OptionsApp';
import { loadSettings } from '../../../components/settingsStore';
import { SourcelightDb, saveArticle } from '../../../lib/db';
import { article, claim } from '../db/helpers';
import { XSS } from './fixtures';
import { change, chooseFile, click, render, waitFor } from './render';

vi.mock('wxt/browser', () => import('./mockBrowser'));

let db: SourcelightDb;
let run = 0;
let cleanup: (() => Promise<void>) | undefined;

beforeEach(async () => {
  fakeBrowser.reset();
  db = new SourcelightDb(`options-test-${++run}`);
  await saveArticle(
    db,
    { article: article(), claims: [claim('We will act'), claim('Soon')] },
    1000,
  );
  await saveArticle(
    db,
    {
      article: article({
        url: 'https://b.example/story',
        canonicalUrl: null,
        title: `Newer ${XSS}`,
      }),
      claims: [
        claim(XSS, { speaker: 'officials', resolvedSpeaker: null, sourceKind: 'anonymous' }),
      ],
    },
    2000,
  );
});

afterEach(async () => {
  await cleanup?.();
  db.close();
});

async function renderOptions() {
  const screen = await render(<OptionsApp db={db} />);
  cleanup = screen.unmount;
  await waitFor(() => expect(screen.all('highlight-item')).toHaveLength(3));
  return screen;
}

describe('options page', () => {
  it('lists highlights grouped by article, newest first, page text as text', async () => {
    const { all, container } = await renderOptions();
    const groups = all('article-group');
    expect(groups).toHaveLength(2);
    expect(groups[0]?.textContent).toContain(`Newer ${XSS}`);
    expect(groups[0]?.querySelectorAll('[data-testid="highlight-item"]')).toHaveLength(1);
    expect(container.querySelector('img')).toBeNull();
  });

  it('searches quotes and sources, and filters by kind', async () => {
    const screen = await renderOptions();
    await change(screen.one('search') as HTMLInputElement, 'soon');
    await waitFor(() => expect(screen.all('highlight-item')).toHaveLength(1));
    expect(screen.one('highlight-item').textContent).toContain('Soon');
    await change(screen.one('search') as HTMLInputElement, '');
    await waitFor(() => expect(screen.all('highlight-item')).toHaveLength(3));
    await change(screen.one('kind-filter') as HTMLSelectElement, 'anonymous');
    await waitFor(() =>
      expect(screen.all('highlight-item').map((el) => el.dataset.kind)).toEqual(['anonymous']),
    );
  });

  it('deletes a highlight and the list follows the database', async () => {
    const screen = await renderOptions();
    await click(screen.all('delete-highlight')[0] as HTMLElement);
    await waitFor(() => expect(screen.all('highlight-item')).toHaveLength(2));
    expect(await db.highlights.count()).toBe(2);
  });

  it('reports a malformed import and keeps every highlight', async () => {
    const screen = await renderOptions();
    // jsdom's File has no text(); the browser's has, and that is all the page uses.
    const bad = {
      name: 'bad.json',
      text: async () => '{"format":"sourcelight-highlights","version":1,"articles":"nope"}',
    } as unknown as File;
    await chooseFile(screen.one('import') as HTMLInputElement, bad);
    await waitFor(() =>
      expect(screen.one('import-error').textContent).toMatch(/Nothing was imported/),
    );
    expect(await db.highlights.count()).toBe(3);
    expect(screen.all('highlight-item')).toHaveLength(3);
  });

  it('saves settings and disabled sites to browser storage', async () => {
    const screen = await renderOptions();
    await waitFor(() => screen.one('setting-hide-teasers'));
    await click(screen.one('setting-hide-teasers'));
    await change(
      screen.one('disabled-site-input') as HTMLInputElement,
      'https://www.example.org/x',
    );
    await click(screen.one('disabled-site-add'));
    await waitFor(() => expect(screen.all('disabled-site-item')).toHaveLength(1));
    expect(await loadSettings()).toEqual({
      hideTeasers: false,
      highlightClaims: true,
      disabledSites: ['example.org'],
    });
  });
});
