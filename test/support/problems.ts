import { renderProblem, renderProblems } from "../../src/i18n/problem.js";
import type { Problem } from "../../src/parse/problem.js";

type English<R> = R extends { ok: false; problem: Problem }
  ? Omit<R, "problem"> & { error: string }
  : R extends { ok: false; problems: Problem[] }
    ? Omit<R, "problems"> & { error: string }
    : R extends { kind: "invalid"; problem: Problem }
      ? Omit<R, "problem"> & { error: string }
      : R;

/**
 * A parser's answer with its problem said in English (`error`), as users of the English
 * catalog read it; several problems are one per line. Anything else is returned as is.
 */
export function inEnglish<R>(result: R): English<R> {
  const r = result as { problem?: Problem; problems?: Problem[] };
  if (r.problem) {
    const { problem, ...rest } = r;
    return { ...rest, error: renderProblem("en", problem) } as English<R>;
  }
  if (r.problems) {
    const { problems, ...rest } = r;
    return { ...rest, error: renderProblems("en", problems).join("\n") } as English<R>;
  }
  return result as English<R>;
}
