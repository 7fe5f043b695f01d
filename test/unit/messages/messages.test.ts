import { describe, expect, it, vi } from 'vitest';
import {
  createBackgroundReceiver,
  createContentReceiver,
  type Message,
  type PageState,
  send,
  toMessageListener,
} from '../../../lib/messages';
import { DEFAULT_SETTINGS } from '../../../lib/settings';

const saveMessage = {
  type: 'article:save',
  article: {
    url: 'https://news.example.com/a',
    canonicalUrl: null,
    title: 'Title',
    byline: null,
    siteName: null,
    publishedAt: null,
  },
  claims: [
    {
      sentence: '"Soon," she said.',
      quote: 'Soon',
      speaker: 'she',
      resolvedSpeaker: 'Anna Berg',
      cue: 'said',
      via: null,
      form: 'direct',
      sourceKind: 'person',
      anchor: { exact: 'Soon', prefix: '"', suffix: ',"', start: 1, end: 5 },
    },
  ],
} satisfies Message;

const pageState: PageState = {
  status: 'article',
  meta: { title: 'T', byline: null, publishedAt: null, siteName: 'S' },
  claims: [],
  hiddenTeaserLinks: 3,
  teasersShown: false,
  saveError: null,
};

function background() {
  const saved: unknown[] = [];
  const receive = createBackgroundReceiver({
    'article:save': (message) => {
      saved.push(message);
      return { ok: true, articleId: 1, count: message.claims.length };
    },
    'highlights:get': () => ({ ok: true, articleId: null, highlights: [] }),
    'settings:get': () => {
      throw new Error('storage unavailable');
    },
  });
  return { receive, saved };
}

describe('background receiver', () => {
  it('dispatches valid messages to their handler', async () => {
    const { receive, saved } = background();
    expect(await receive(saveMessage)).toEqual({ ok: true, articleId: 1, count: 1 });
    expect(saved).toHaveLength(1);
    expect(
      await receive({ type: 'highlights:get', url: 'https://x/', canonicalUrl: null }),
    ).toEqual({
      ok: true,
      articleId: null,
      highlights: [],
    });
  });

  it.each([
    ['no type', {}],
    ['an unknown type', { type: 'db:drop' }],
    ['a popup message', { type: 'page:state' }],
    [
      'a bad claim kind',
      { ...saveMessage, claims: [{ ...saveMessage.claims[0], sourceKind: 'alien' }] },
    ],
    ['a missing url', { type: 'highlights:get', canonicalUrl: null }],
    ['not an object', 'article:save'],
  ])('answers an error, without calling a handler, for %s', async (_, raw) => {
    const { receive, saved } = background();
    const reply = await receive(raw);
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error).toMatch(/Invalid message/);
    expect(saved).toHaveLength(0);
  });

  it('turns a throwing handler into an error reply', async () => {
    const { receive } = background();
    expect(await receive({ type: 'settings:get' })).toEqual({
      ok: false,
      error: 'settings:get failed: storage unavailable',
    });
  });

  it('answers through sendResponse when used as an onMessage listener', async () => {
    const { receive } = background();
    const sendResponse = vi.fn();
    expect(toMessageListener(receive)({ type: 'nope' }, {}, sendResponse)).toBe(true);
    await vi.waitFor(() => expect(sendResponse).toHaveBeenCalledOnce());
    expect(sendResponse.mock.calls[0]?.[0]).toMatchObject({ ok: false });
  });
});

describe('content receiver', () => {
  it('handles popup messages and refuses background ones', async () => {
    const receive = createContentReceiver({
      'page:state': () => ({ ok: true, state: pageState }),
      'teasers:show': () => ({ ok: true }),
      'claim:reveal': ({ id }) =>
        id === 'c1' ? { ok: true } : { ok: false, error: 'no such claim' },
    });
    expect(await receive({ type: 'page:state' })).toEqual({ ok: true, state: pageState });
    expect(await receive({ type: 'claim:reveal', id: 'c9' })).toEqual({
      ok: false,
      error: 'no such claim',
    });
    expect((await receive({ type: 'teasers:show', shown: 'yes' })).ok).toBe(false);
    expect((await receive({ type: 'settings:get' })).ok).toBe(false);
  });
});

describe('send', () => {
  it('returns the validated reply', async () => {
    const reply = await send(async () => ({ ok: true, settings: DEFAULT_SETTINGS }), {
      type: 'settings:get',
    });
    expect(reply).toEqual({ ok: true, settings: DEFAULT_SETTINGS });
  });

  it('refuses to send an invalid message', async () => {
    const transport = vi.fn();
    const reply = await send(transport, { type: 'claim:reveal', id: 7 as unknown as string });
    expect(reply.ok).toBe(false);
    expect(transport).not.toHaveBeenCalled();
  });

  it.each([
    [
      'a transport error',
      () => Promise.reject(new Error('Receiving end does not exist.')),
      /Receiving end/,
    ],
    ['no answer', async () => undefined, /No receiver answered/],
    [
      'a malformed reply',
      async () => ({ ok: true, state: { status: 'weird' } }),
      /Unexpected reply/,
    ],
  ])('turns %s into an error reply', async (_, transport, message) => {
    const reply = await send(transport, { type: 'page:state' });
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error).toMatch(message);
  });

  it('passes error replies through', async () => {
    const reply = await send(async () => ({ ok: false, error: 'disk full' }), saveMessage);
    expect(reply).toEqual({ ok: false, error: 'disk full' });
  });
});
