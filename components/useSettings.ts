import { useCallback, useEffect, useState } from 'react';
import type { Settings } from '../lib/settings';
import { loadSettings, saveSettings, watchSettings } from './settingsStore';

/** The stored settings (null until read) and a setter that writes them back. */
export function useSettings(): [Settings | null, (next: Settings) => Promise<void>] {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    let live = true;
    void loadSettings().then((loaded) => live && setSettings(loaded));
    const unwatch = watchSettings(setSettings);
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  const update = useCallback(async (next: Settings) => {
    setSettings(next);
    await saveSettings(next);
  }, []);
  return [settings, update];
}
