import { fakeBrowser } from 'wxt/testing/fake-browser';

/**
 * WXT's own `wxt/browser` test double imports `wxt/testing`, which loads esbuild, and esbuild
 * refuses to start under jsdom (its TextEncoder check fails). Tests that reach `wxt/browser`
 * mock it with this module instead: the same fakeBrowser the WXT setup file installs.
 */
export const browser = fakeBrowser;
