const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/**
 * Evaluates `fn(arg)` in the page until it returns something truthy. Protocol errors while a
 * page navigates are expected and retried; the last value or error is reported on timeout.
 */
export async function waitFor(page, fn, arg, { timeout = 5_000, interval = 50, what } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      last = await (arg === undefined ? page.evaluate(fn) : page.evaluate(fn, arg));
      if (last) return last;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    if (Date.now() > deadline) {
      throw new Error(
        `timed out after ${timeout} ms waiting for ${what ?? 'condition'} (last: ${JSON.stringify(last)})`,
      );
    }
    await sleep(interval);
  }
}

export { sleep };

/**
 * Reads until `done(value)` holds or the time is up, and returns the last value either way, so
 * the caller's assertions can say exactly what was wrong.
 */
export async function settle(read, done, { timeout = 5_000, interval = 50 } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await read().catch(() => undefined);
    if ((value !== undefined && done(value)) || Date.now() > deadline) return value;
    await sleep(interval);
  }
}
