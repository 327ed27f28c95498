/** Parsers return errors as values; `error` is a user-facing sentence with an example. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export type Failure = { ok: false; error: string };

export function succeed<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

export function fail(error: string): Failure {
  return { ok: false, error };
}
