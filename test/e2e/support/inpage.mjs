import { waitFor } from './poll.mjs';
import * as probes from './probes.mjs';

/** Every probe, declared by its own name, so page-side code can call any of them. */
const PRELUDE = Object.entries(probes)
  .map(([name, fn]) => `const ${name} = ${fn.toString()};`)
  .join('\n');

/**
 * Page-side code is sent as source text: the two drivers serialize functions differently, and
 * this way `fn` sees the probes.
 */
const source = (fn, arg) =>
  `(async () => { ${PRELUDE}\nreturn (${fn.toString()})(${JSON.stringify(arg ?? null)}); })()`;

/** Evaluates `fn(arg)` in the page with the probes in scope. */
export const inPage = (page, fn, arg) => page.evaluate(source(fn, arg));

/** Polls `fn(arg)` (probes in scope) until it returns something truthy. */
export const waitInPage = (page, fn, arg, options) =>
  waitFor(page, source(fn, arg), undefined, options);

/** A real mouse click on the element `locate(arg)` returns in the page. */
export async function clickOn(page, locate, arg) {
  const point = await inPage(
    page,
    `(a) => { const el = (${locate.toString()})(a); return el ? clickPoint(el) : null; }`,
    arg,
  );
  if (!point) throw new Error(`nothing to click: ${locate.toString()}`);
  await page.mouse.click(point.x, point.y);
}
