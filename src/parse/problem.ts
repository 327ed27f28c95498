import type { ParseKey } from "../i18n/catalogs/parse/en.js";

export type { ParseKey };

/**
 * A placeholder's value in a problem: text as the person typed it (plain, not yet escaped),
 * a number (for plurals), or something the reader's language writes its own way: another
 * message (`key`, e.g. the field's name), a list read as "A, B or C" (`or`), a month, a day,
 * a day written so the date reader accepts it back (`plainDay`), or a weekday (1 = Monday).
 */
export type ProblemValue =
  | string
  | number
  | { key: ParseKey }
  | { or: readonly string[] }
  | { month: string }
  | { day: string }
  | { plainDay: string }
  | { weekday: number };

/**
 * What was wrong with what someone typed, as data: a message key of the parse catalog and
 * its values, plus whole sentences (`tips`) said after it. The parse layer stays free of
 * languages; whoever answers renders it with renderProblem in the reader's language.
 */
export type Problem = {
  key: ParseKey;
  values?: Readonly<Record<string, ProblemValue>>;
  tips?: readonly ParseKey[];
};

/** A parser's answer: the value, or the problem with what was typed. */
export type Parsed<T> = { ok: true; value: T } | Rejection;
export type Rejection = { ok: false; problem: Problem };

export function reject(
  key: ParseKey,
  values?: Readonly<Record<string, ProblemValue>>,
  tips?: readonly ParseKey[],
): Rejection {
  return { ok: false, problem: { key, ...(values ? { values } : {}), ...(tips?.length ? { tips } : {}) } };
}

/** The same problem with one more sentence after it. */
export function withTip(problem: Problem, tip: ParseKey): Problem {
  return { ...problem, tips: [...(problem.tips ?? []), tip] };
}
