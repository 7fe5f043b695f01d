import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadSettings, saveSettings, watchSettings } from '../../../components/settingsStore';
import {
  DEFAULT_SETTINGS,
  isSiteDisabled,
  normalizeHostname,
  parseSettings,
  withSiteDisabled,
  withSiteEnabled,
} from '../../../lib/settings';

vi.mock('wxt/browser', () => import('./mockBrowser'));

describe('settings (pure)', () => {
  it('defaults to hiding teasers and highlighting claims everywhere', () => {
    expect(DEFAULT_SETTINGS).toEqual({
      hideTeasers: true,
      highlightClaims: true,
      disabledSites: [],
    });
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps the valid fields of damaged stored settings', () => {
    expect(
      parseSettings({ hideTeasers: false, highlightClaims: 'yes', disabledSites: ['a.com'] }),
    ).toEqual({
      hideTeasers: false,
      highlightClaims: true,
      disabledSites: ['a.com'],
    });
    expect(parseSettings('garbage')).toEqual(DEFAULT_SETTINGS);
  });

  it.each([
    ['example.com', 'example.com'],
    ['  https://www.Example.COM/news/1?x=2 ', 'example.com'],
    ['news.example.co.uk', 'news.example.co.uk'],
    ['localhost:8080', 'localhost'],
    ['bücher.de', 'xn--bcher-kva.de'],
    ['', null],
    ['not a host!', null],
  ])('normalizes %j to %j', (input, expected) => {
    expect(normalizeHostname(input)).toBe(expected);
  });

  it('matches a disabled site and its subdomains only', () => {
    const settings = { ...DEFAULT_SETTINGS, disabledSites: ['example.com'] };
    expect(isSiteDisabled(settings, 'example.com')).toBe(true);
    expect(isSiteDisabled(settings, 'WWW.example.com.')).toBe(true);
    expect(isSiteDisabled(settings, 'news.example.com')).toBe(true);
    expect(isSiteDisabled(settings, 'notexample.com')).toBe(false);
    expect(isSiteDisabled(settings, 'example.com.evil.org')).toBe(false);
  });

  it('adds a site once, sorted, and removes it', () => {
    const one = withSiteDisabled(DEFAULT_SETTINGS, 'b.org');
    const two = withSiteDisabled(withSiteDisabled(one, 'a.org'), 'a.org');
    expect(two.disabledSites).toEqual(['a.org', 'b.org']);
    expect(withSiteEnabled(two, 'a.org').disabledSites).toEqual(['b.org']);
  });
});

describe('settings store', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads defaults, then what was saved', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    await saveSettings({ ...DEFAULT_SETTINGS, hideTeasers: false });
    expect((await loadSettings()).hideTeasers).toBe(false);
  });

  it('tells watchers about changes until unsubscribed', async () => {
    const listener = vi.fn();
    const unwatch = watchSettings(listener);
    await saveSettings({ ...DEFAULT_SETTINGS, disabledSites: ['example.com'] });
    expect(listener).toHaveBeenLastCalledWith({
      ...DEFAULT_SETTINGS,
      disabledSites: ['example.com'],
    });
    unwatch();
    await saveSettings(DEFAULT_SETTINGS);
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
