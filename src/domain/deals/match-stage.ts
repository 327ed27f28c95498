import type { LossReasonRow, StageRow } from "../../db/catalog.js";
import { closestMatch } from "../../parse/closest-match.js";
import { type Problem, reject } from "../../parse/problem.js";
import { succeed } from "../../parse/result.js";

/**
 * A stage typed in a command. `understood` is set when it was not typed as is, to echo back
 * like dates are; `candidates` when it fits several stages equally well, for a picker.
 */
export type StageMatch =
  | { ok: true; value: StageRow; understood?: boolean }
  | { ok: false; problem: Problem; candidates?: StageRow[] };

/**
 * The team's stage a user typed: its key or name, an unambiguous start of either, or a close
 * spelling ("qualification" → Qualified). A key typed exactly (as a picker sends it) always
 * wins, even when another stage's name folds to the same word.
 */
export function matchStage(stages: StageRow[], typed: string): StageMatch {
  const byKey = stages.find((s) => s.key === typed.trim());
  if (byKey) return succeed(byKey);
  const match = closestMatch(stages, typed, (s) => [s.key, s.name]);
  if (match.kind === "exact") return succeed(match.item);
  if (match.kind === "close") return { ok: true, value: match.item, understood: true };
  if (match.kind === "ambiguous")
    return {
      ...reject("match.stage.ambiguous", {
        text: typed.trim(),
        names: { or: match.items.map((s) => s.name) },
      }),
      candidates: match.items,
    };
  const open = stages.filter((s) => s.kind === "open");
  return reject("match.stage.none", {
    text: typed.trim(),
    names: stages.map((s) => s.name).join(", "),
    example: open[1]?.key ?? open[0]?.key ?? "proposal",
  });
}

export type ReasonMatch =
  | { kind: "found"; reason: LossReasonRow; understood: boolean }
  | { kind: "ambiguous"; reasons: LossReasonRow[] }
  | { kind: "none" };

/** The team's loss reason a user typed: label or key, an unambiguous start of a word, or a close spelling. */
export function matchLossReason(reasons: LossReasonRow[], typed: string): ReasonMatch {
  const match = closestMatch(reasons, typed, (r) => [r.label, r.key]);
  if (match.kind === "exact" || match.kind === "close")
    return { kind: "found", reason: match.item, understood: match.kind === "close" };
  if (match.kind === "ambiguous") return { kind: "ambiguous", reasons: match.items };
  return { kind: "none" };
}
