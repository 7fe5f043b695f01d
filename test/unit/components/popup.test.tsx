import { afterEach, describe, expect, it, vi } from 'vitest';
import { PopupApp } from '../../../components/popup/PopupApp';
import { PopupView } from '../../../components/popup/PopupView';
import type { PopupClient } from '../../../components/popup/popupClient';
import type { PopupView as PopupViewState } from '../../../components/popup/usePageState';
import type { PageState, Reply } from '../../../lib/messages';
import { articleState, XSS } from './fixtures';
import { click, render, waitFor } from './render';

const noop = () => {};
let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

async function renderView(
  view: Parameters<typeof PopupView>[0]['view'],
  handlers: Partial<Parameters<typeof PopupView>[0]> = {},
) {
  const screen = await render(
    <PopupView
      view={view}
      onToggleTeasers={noop}
      onReveal={noop}
      onOpenOptions={noop}
      {...handlers}
    />,
  );
  cleanup = screen.unmount;
  return screen;
}

describe('popup view of an article', () => {
  it('shows counts, share and groups', async () => {
    const { one, all } = await renderView({ kind: 'page', state: articleState });
    expect(one('popup-status').dataset.status).toBe('article');
    expect(one('claim-count').textContent).toBe('8');
    expect(one('source-count').textContent).toBe('6');
    expect(one('anon-share').textContent).toBe('38%');
    expect(one('teaser-count').textContent).toBe('5');
    expect(all('source-group').map((g) => g.dataset.kind)).toEqual([
      'person',
      'organization',
      'media',
      'anonymous',
      'unattributed',
    ]);
    expect(all('claim-item')).toHaveLength(8);
    expect(all('source-group')[0]?.textContent).toContain('Volodymyr Zelensky');
  });

  it('names a source as the claim wrote it only where that is no part of its name', async () => {
    const { all } = await renderView({ kind: 'page', state: articleState });
    const meta = (id: string) =>
      all('claim-item')
        .find((el) => el.dataset.claimId === id)
        ?.querySelector('.claim-meta')?.textContent;
    expect(all('source-name')[0]?.textContent).toBe('Volodymyr Zelensky ×2');
    expect(meta('c1')).toBe('said');
    expect(meta('c2')).toBe('he · said');
    expect(meta('c3')).toBe('said');
    await cleanup?.();
    const mister = { ...articleState.claims[0], id: 'm', speaker: 'Mr. Zelensky', cue: 'Arguing' };
    const again = await renderView({
      kind: 'page',
      state: {
        ...articleState,
        claims: [...articleState.claims, mister] as typeof articleState.claims,
      },
    });
    const mine = again.all('claim-item').find((el) => el.dataset.claimId === 'm');
    expect(mine?.querySelector('.claim-meta')?.textContent).toBe('arguing');
  });

  it('renders page text as text, never as markup', async () => {
    const { container, all, one } = await renderView({ kind: 'page', state: articleState });
    expect(container.querySelector('img')).toBeNull();
    const xssItem = all('claim-item').find((el) => el.dataset.claimId === 'c2');
    expect(xssItem?.querySelector('.quote')?.textContent).toBe(XSS);
    expect(one('popup-status').textContent).toContain(XSS);
  });

  it('reveals a clicked claim and toggles teasers', async () => {
    const onReveal = vi.fn();
    const onToggleTeasers = vi.fn();
    const { all, one } = await renderView(
      { kind: 'page', state: articleState },
      { onReveal, onToggleTeasers },
    );
    const third = all('claim-item').find((el) => el.dataset.claimId === 'c3');
    if (!third) throw new Error('claim c3 not rendered');
    await click(third);
    expect(onReveal).toHaveBeenCalledWith('c3');
    await click(one('teaser-toggle'));
    expect(onToggleTeasers).toHaveBeenCalledWith(true);
  });

  it('says so when the article has no claims and hides the switch with nothing hidden', async () => {
    const { all, one, container } = await renderView({
      kind: 'page',
      state: { ...articleState, claims: [], hiddenTeaserLinks: 0 },
    });
    expect(one('claim-count').textContent).toBe('0');
    expect(one('anon-share').textContent).toBe('0%');
    expect(all('teaser-toggle')).toHaveLength(0);
    expect(container.textContent).toContain('No attributed claims');
  });
});

describe('popup view of a page whose highlights could not be saved', () => {
  it('says why, as text, and still lists the claims', async () => {
    const { all, one } = await renderView({
      kind: 'page',
      state: { ...articleState, saveError: `The browser has no storage left ${XSS}` },
    });
    expect(one('save-error').textContent).toContain('could not be saved');
    expect(one('save-error').textContent).toContain(XSS);
    expect(one('save-error').querySelector('img')).toBeNull();
    expect(one('claim-count').textContent).toBe('8');
    expect(all('save-error')).toHaveLength(1);
  });

  it('shows no warning when they were saved', async () => {
    const { all } = await renderView({ kind: 'page', state: articleState });
    expect(all('save-error')).toHaveLength(0);
  });
});

describe('popup view of other pages', () => {
  it.each([
    [
      { kind: 'page', state: { ...articleState, status: 'not-article', meta: null, claims: [] } },
      'not-article',
      "This page doesn't look like a news article.",
    ],
    [
      { kind: 'unavailable', error: 'Receiving end does not exist.' },
      'unavailable',
      "Sourcelight can't run on this page.",
    ],
    [
      { kind: 'page', state: { ...articleState, status: 'disabled' } },
      'disabled',
      'turned off for this site',
    ],
  ] satisfies Array<[PopupViewState, string, string]>)(
    'shows a plain status (%#)',
    async (view, status, text) => {
      const { one, all } = await renderView(view);
      expect(one('popup-status').dataset.status).toBe(status);
      expect(one('popup-status').textContent).toContain(text);
      expect(all('claim-count')).toHaveLength(0);
    },
  );
});

describe('popup app', () => {
  function fakeClient(states: PageState[]) {
    let shown = false;
    let call = 0;
    const client: PopupClient = {
      pageState: async (): Promise<Reply<'page:state'>> => {
        const state = states[Math.min(call++, states.length - 1)] as PageState;
        return { ok: true, state: { ...state, teasersShown: shown } };
      },
      showTeasers: vi.fn(async (next: boolean) => {
        shown = next;
        return { ok: true as const };
      }),
      revealClaim: vi.fn(async () => ({ ok: true as const })),
      openOptions: vi.fn(),
    };
    return client;
  }

  it('asks again while the page is loading, then shows the article', async () => {
    const client = fakeClient([{ ...articleState, status: 'loading' }, articleState]);
    const screen = await render(<PopupApp client={client} />);
    cleanup = screen.unmount;
    expect(screen.one('popup-status').dataset.status).toBe('loading');
    await waitFor(() => expect(screen.one('popup-status').dataset.status).toBe('article'));
  });

  it('shows the teasers through the content script and reflects the new state', async () => {
    const client = fakeClient([articleState]);
    const screen = await render(<PopupApp client={client} />);
    cleanup = screen.unmount;
    await waitFor(() => expect(screen.all('teaser-toggle')).toHaveLength(1));
    await click(screen.one('teaser-toggle'));
    expect(client.showTeasers).toHaveBeenCalledWith(true);
    await waitFor(() =>
      expect((screen.one('teaser-toggle') as HTMLInputElement).checked).toBe(true),
    );
  });

  it('says it cannot run when no content script answers', async () => {
    const client: PopupClient = {
      ...fakeClient([articleState]),
      pageState: async () => ({ ok: false, error: 'Could not establish connection.' }),
    };
    const screen = await render(<PopupApp client={client} />);
    cleanup = screen.unmount;
    await waitFor(() => expect(screen.one('popup-status').dataset.status).toBe('unavailable'));
  });
});
