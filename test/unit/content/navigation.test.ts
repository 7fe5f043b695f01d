import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchNavigatedPage } from '@/entrypoints/content/navigation';
import { wxtLikeContext } from './wxtContext';

/** Changes the page and lets the MutationObserver's callback run. */
async function mutate(): Promise<void> {
  document.body.appendChild(document.createElement('div'));
  await Promise.resolve();
}

describe('watchNavigatedPage', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    document.body.innerHTML = '';
  });
  afterEach(() => vi.useRealTimers());

  it('looks once the page has been quiet for 400 ms, not while it changes', async () => {
    const look = vi.fn(() => true);
    const { ctx, live } = wxtLikeContext();
    watchNavigatedPage(ctx, look);
    for (let i = 0; i < 5; i++) {
      await vi.advanceTimersByTimeAsync(300);
      await mutate();
    }
    expect(look).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(400);
    expect(look).toHaveBeenCalledTimes(1);
    expect(look).toHaveBeenCalledWith(false);
    // Settled: later changes and the give-up time ask nothing more, and nothing stays registered.
    expect(live()).toBe(0);
    await mutate();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(look).toHaveBeenCalledTimes(1);
  });

  it('looks again after each quiet spell until settled, and a last time at 6 s', async () => {
    const look = vi.fn((_final: boolean) => false);
    watchNavigatedPage(wxtLikeContext().ctx, look);
    await vi.advanceTimersByTimeAsync(400);
    expect(look).toHaveBeenCalledTimes(1);
    await mutate();
    await vi.advanceTimersByTimeAsync(400);
    expect(look).toHaveBeenCalledTimes(2);
    // A page that never stops changing is taken as it is at the end.
    const ticker = setInterval(() => document.body.append('tick'), 100);
    await vi.advanceTimersByTimeAsync(6_000);
    clearInterval(ticker);
    expect(look.mock.calls.at(-1)).toEqual([true]);
    const calls = look.mock.calls.length;
    await mutate();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(look).toHaveBeenCalledTimes(calls);
  });

  it('asks nothing once cancelled by a newer navigation or an invalidated script', async () => {
    const look = vi.fn(() => false);
    const first = wxtLikeContext();
    const cancel = watchNavigatedPage(first.ctx, look);
    cancel();
    expect(first.live()).toBe(0);
    const { ctx, invalidate } = wxtLikeContext();
    watchNavigatedPage(ctx, look);
    invalidate();
    await mutate();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(look).not.toHaveBeenCalled();
  });

  it('stops at the first look that throws, and lets nothing reach the page', async () => {
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => {});
    const look = vi.fn(() => {
      throw new Error('broken page');
    });
    watchNavigatedPage(wxtLikeContext().ctx, look);
    await vi.advanceTimersByTimeAsync(400);
    await mutate();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(look).toHaveBeenCalledTimes(1);
    expect(debug).toHaveBeenCalledWith('[Sourcelight]', expect.any(Error));
    debug.mockRestore();
  });
});
