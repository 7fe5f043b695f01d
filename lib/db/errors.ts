import { z } from 'zod';

/**
 * Database failures as values: every public db function resolves to a `DbResult`, so a full
 * disk or a database that will not open reaches the caller as a clear message instead of an
 * exception lost in a message handler.
 */

export type DbErrorKind = 'quota' | 'open-failed' | 'invalid' | 'not-found' | 'unknown';

export interface DbError {
  kind: DbErrorKind;
  message: string;
}

export type DbResult<T> = { ok: true; value: T } | { ok: false; error: DbError };

export const dbError = (kind: DbErrorKind, message: string): { ok: false; error: DbError } => ({
  ok: false,
  error: { kind, message },
});

const OPEN_FAILURES = new Set([
  'OpenFailedError',
  'VersionError',
  'DatabaseClosedError',
  'MissingAPIError',
  'InvalidStateError',
  'UpgradeError',
]);

/** Dexie wraps the browser's DOMException in `inner`; the name that matters may be on either. */
function errorNames(error: unknown): string[] {
  const names: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current && typeof current === 'object'; depth++) {
    const name = (current as { name?: unknown }).name;
    if (typeof name === 'string') names.push(name);
    current = (current as { inner?: unknown }).inner;
  }
  return names;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function toDbError(error: unknown): DbError {
  if (error instanceof z.ZodError) {
    return { kind: 'invalid', message: `Invalid record: ${z.prettifyError(error)}` };
  }
  const names = errorNames(error);
  if (names.includes('QuotaExceededError')) {
    return {
      kind: 'quota',
      message:
        'The browser has no storage left for Sourcelight. Nothing was changed; delete old articles or free disk space.',
    };
  }
  if (names.some((name) => OPEN_FAILURES.has(name))) {
    return {
      kind: 'open-failed',
      message: `The highlights database could not be opened: ${messageOf(error)}`,
    };
  }
  return { kind: 'unknown', message: messageOf(error) };
}

export async function attempt<T>(operation: () => Promise<T>): Promise<DbResult<T>> {
  try {
    return { ok: true, value: await operation() };
  } catch (error) {
    return { ok: false, error: toDbError(error) };
  }
}
