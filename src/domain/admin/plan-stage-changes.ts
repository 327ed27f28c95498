import type { CatalogStage, StageWrites } from "../../db/catalog.js";
import { type AdminFailure, type AdminSentence, adminFailure, sentence } from "./admin-sentences.js";
import type { StageLine } from "./parse-stage-lines.js";
import { slugKey } from "./slug-key.js";

export type StagePlan = { ok: true; writes: StageWrites } | AdminFailure;

/**
 * From the open stages as listed (funnel order) to the rows to write. A line
 * matches an existing open stage by name, ignoring case (an active one first,
 * else a retired one, which comes back), so ids and deals stay; other names
 * become new stages. Active open stages left out are retired, unless they still
 * hold open deals. Won and lost stages stay, after the open ones.
 */
export function planStageChanges(input: {
  lines: StageLine[];
  existing: CatalogStage[];
  openDeals: ReadonlyMap<number, number>;
}): StagePlan {
  const { lines, existing } = input;
  const problems: AdminSentence[] = [];
  const closed = existing.filter((s) => s.active && s.kind !== "open");
  for (const line of lines) {
    const name = line.name.toLowerCase();
    const fixed = closed.find((s) => s.name.toLowerCase() === name || s.key === name);
    if (fixed) problems.push(sentence("admin.problem.stages.fixed", { name: line.name, kind: fixed.kind }));
  }

  const open = existing.filter((s) => s.kind === "open");
  const used = new Set<number>();
  const taken = new Set(existing.map((s) => s.key));
  const writes: StageWrites = { updates: [], creates: [], retire: [] };
  lines.forEach((line, i) => {
    const position = i + 1;
    const sameName = (s: CatalogStage) => !used.has(s.id) && s.name.toLowerCase() === line.name.toLowerCase();
    const match = open.find((s) => s.active && sameName(s)) ?? open.find(sameName);
    if (!match) {
      const key = slugKey(line.name, taken, "stage");
      taken.add(key);
      writes.creates.push({
        key,
        name: line.name,
        probability: line.probability,
        position,
        kind: "open",
        ...(line.category ? { forecastCategory: line.category } : {}),
      });
      return;
    }
    used.add(match.id);
    // A line without a category word puts the stage back on the probability rule.
    const category = line.category ?? null;
    const categoryChanged = (match.forecastCategory ?? null) !== category;
    const unchanged =
      match.active &&
      match.name === line.name &&
      match.probability === line.probability &&
      match.position === position &&
      !categoryChanged;
    if (!unchanged)
      writes.updates.push({
        id: match.id,
        name: line.name,
        probability: line.probability,
        position,
        active: true,
        ...(category || categoryChanged ? { forecastCategory: category } : {}),
      });
  });

  for (const stage of open) {
    if (!stage.active || used.has(stage.id)) continue;
    const count = input.openDeals.get(stage.id) ?? 0;
    if (count > 0) problems.push(sentence("admin.problem.stages.inUse", { count, stage: stage.name }));
    else writes.retire.push({ id: stage.id, name: stage.name });
  }
  closed.forEach((stage, i) => {
    const position = lines.length + i + 1;
    if (stage.position !== position)
      writes.updates.push({
        id: stage.id,
        name: stage.name,
        probability: stage.probability,
        position,
        active: true,
      });
  });
  if (problems.length > 0) return adminFailure(problems);
  return { ok: true, writes };
}
