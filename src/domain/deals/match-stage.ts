import type { LossReasonRow, StageRow } from "../../db/catalog.js";
import { fail, type Result, succeed } from "../../parse/result.js";

const norm = (s: string) =>
  s
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, " ");

/** The team's stage a user typed: its key or name, or an unambiguous start of either. */
export function matchStage(stages: StageRow[], typed: string): Result<StageRow> {
  const t = norm(typed);
  const exact = stages.find((s) => norm(s.key) === t || norm(s.name) === t);
  if (exact) return succeed(exact);
  const starts = stages.filter((s) => norm(s.key).startsWith(t) || norm(s.name).startsWith(t));
  if (t.length > 0 && starts.length === 1) return succeed(starts[0]!);
  const open = stages.filter((s) => s.kind === "open");
  return fail(
    `Stage "${typed.trim()}" is not one of the team's stages: ${stages.map((s) => s.name).join(", ")}. Try stage ${open[1]?.key ?? open[0]?.key ?? "proposal"}.`,
  );
}

export function matchLossReason(reasons: LossReasonRow[], typed: string): LossReasonRow | undefined {
  const t = norm(typed);
  return reasons.find((r) => norm(r.label) === t || norm(r.key) === t);
}
