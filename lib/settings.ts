import { z } from 'zod';

/**
 * The user's choices. Pure: reading and writing `browser.storage` lives in
 * components/settingsStore.ts, so this can be used by the content script and in tests alike.
 */

/** A bare lower-case hostname such as `example.com` (no scheme, port or path). */
const Hostname = z
  .string()
  .max(253)
  .regex(/^[a-z0-9-]+(\.[a-z0-9-]+)*$/);

export const Settings = z.object({
  hideTeasers: z.boolean().default(true),
  highlightClaims: z.boolean().default(true),
  disabledSites: z.array(Hostname).default([]),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = Settings.parse({});

/** Stored settings as far as they are valid: a damaged field falls back to its default alone. */
export function parseSettings(raw: unknown): Settings {
  const whole = Settings.safeParse(raw ?? {});
  if (whole.success) return whole.data;
  const fields = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const pick = <K extends keyof Settings>(key: K): Settings[K] => {
    const field = Settings.shape[key].safeParse(fields[key]);
    return field.success ? (field.data as Settings[K]) : DEFAULT_SETTINGS[key];
  };
  return {
    hideTeasers: pick('hideTeasers'),
    highlightClaims: pick('highlightClaims'),
    disabledSites: pick('disabledSites'),
  };
}

/**
 * The hostname a user means by what they typed: "https://www.Example.com/news" and
 * "example.com" both give "example.com". A leading "www." is dropped because turning a site
 * off is meant for the whole site. Null when the input names no host.
 */
export function normalizeHostname(input: string): string | null {
  const trimmed = input.trim();
  if (!trimmed) return null;
  let host: string;
  try {
    host = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `http://${trimmed}`)
      .hostname;
  } catch {
    return null;
  }
  host = host.replace(/\.$/, '').replace(/^www\./, '');
  return Hostname.safeParse(host).success ? host : null;
}

/** True when `hostname` is a disabled site or one of its subdomains. */
export function isSiteDisabled(settings: Settings, hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return settings.disabledSites.some((site) => host === site || host.endsWith(`.${site}`));
}

export function withSiteDisabled(settings: Settings, hostname: string): Settings {
  if (settings.disabledSites.includes(hostname)) return settings;
  return { ...settings, disabledSites: [...settings.disabledSites, hostname].sort() };
}

export function withSiteEnabled(settings: Settings, hostname: string): Settings {
  return { ...settings, disabledSites: settings.disabledSites.filter((s) => s !== hostname) };
}
