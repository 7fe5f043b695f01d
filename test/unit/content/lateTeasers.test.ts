import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchLateTeasers } from '@/entrypoints/content/lateTeasers';
import { wxtLikeContext } from './wxtContext';

/** A widget of `n` links, added to the page. */
function addWidget(n: number): HTMLElement {
  const box = document.createElement('section');
  for (let i = 0; i < n; i++) {
    const a = document.createElement('a');
    a.href = `/story-${i}`;
    a.textContent = `Story number ${i}`;
    box.appendChild(a);
  }
  document.body.appendChild(box);
  return box;
}

describe('watchLateTeasers', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    document.body.innerHTML = '<main><p>Article text.</p></main>';
  });
  afterEach(() => vi.useRealTimers());

  it('hands widgets added after load to the handler, batched, and skips lone links', async () => {
    const handle = vi.fn((_added: Element[]) => true);
    const { ctx } = wxtLikeContext();
    const stop = watchLateTeasers(ctx, document, () => false, handle);
    addWidget(1);
    await vi.advanceTimersByTimeAsync(50);
    expect(handle).not.toHaveBeenCalled();
    const first = addWidget(3);
    const second = addWidget(3);
    await vi.advanceTimersByTimeAsync(50);
    expect(handle).toHaveBeenCalledTimes(1);
    expect(handle.mock.calls[0]?.[0]).toEqual(expect.arrayContaining([first, second]));
    stop();
  });

  it('lets go of the page once stopped, leaving nothing registered with the context', async () => {
    const { ctx, live } = wxtLikeContext();
    const handle = vi.fn(() => true);
    const stop = watchLateTeasers(ctx, document, () => false, handle);
    for (let i = 0; i < 5; i++) {
      addWidget(3);
      await vi.advanceTimersByTimeAsync(400);
    }
    expect(handle).toHaveBeenCalled();
    stop();
    // A site that moves between stories without loading a page stops one watch per story: none
    // may keep the story it watched reachable from the context.
    expect(live()).toBe(0);
    addWidget(3);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(handle).toHaveBeenCalledTimes(5);
  });

  it('stops when the content script is invalidated, and after 15 quiet seconds', async () => {
    const a = wxtLikeContext();
    const handleA = vi.fn(() => true);
    watchLateTeasers(a.ctx, document, () => false, handleA);
    a.invalidate();
    addWidget(3);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(handleA).not.toHaveBeenCalled();

    const b = wxtLikeContext();
    const handleB = vi.fn(() => true);
    watchLateTeasers(b.ctx, document, () => false, handleB);
    await vi.advanceTimersByTimeAsync(15_000);
    addWidget(3);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(handleB).not.toHaveBeenCalled();
    expect(b.live()).toBe(0);
  });
});
