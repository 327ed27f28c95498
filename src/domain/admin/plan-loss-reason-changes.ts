import type { CatalogLossReason, LossReasonWrites } from "../../db/catalog.js";
import { slugKey } from "./slug-key.js";
import { splitListLines } from "./split-list-lines.js";

export const MAX_LOSS_REASONS = 40;
export const MAX_LOSS_REASON_LABEL = 75;
const EXAMPLE = "Went with a competitor";

export type LossReasonPlan =
  | { ok: true; writes: LossReasonWrites; labels: string[] }
  | { ok: false; error: string };

/**
 * The loss reasons box (one per line, in the order offered) to the rows to
 * write. A line matches an existing reason by label, ignoring case (an active
 * one first, else a retired one, which comes back); reasons left out are
 * retired: no longer offered, while deals keep pointing at them.
 */
export function planLossReasonChanges(input: {
  text: string;
  existing: CatalogLossReason[];
}): LossReasonPlan {
  const lines = splitListLines(input.text);
  const problems: string[] = [];
  const seen = new Map<string, number>();
  for (const { number, text } of lines) {
    if (text.length > MAX_LOSS_REASON_LABEL)
      problems.push(
        `Line ${number}: "${text.slice(0, 20)}…" is longer than ${MAX_LOSS_REASON_LABEL} characters.`,
      );
    const first = seen.get(text.toLowerCase());
    if (first !== undefined) problems.push(`Line ${number}: "${text}" is already on line ${first}.`);
    else seen.set(text.toLowerCase(), number);
  }
  if (lines.length === 0) problems.push("List at least one loss reason.");
  if (lines.length > MAX_LOSS_REASONS)
    problems.push(`At most ${MAX_LOSS_REASONS} loss reasons; you listed ${lines.length}.`);
  if (problems.length > 0)
    return { ok: false, error: `${problems.join(" ")} Write one reason per line, e.g. "${EXAMPLE}".` };

  const used = new Set<number>();
  const taken = new Set(input.existing.map((r) => r.key));
  const writes: LossReasonWrites = { updates: [], creates: [], retire: [] };
  lines.forEach(({ text: label }, i) => {
    const position = i + 1;
    const same = (r: CatalogLossReason) => !used.has(r.id) && r.label.toLowerCase() === label.toLowerCase();
    const match = input.existing.find((r) => r.active && same(r)) ?? input.existing.find(same);
    if (!match) {
      const key = slugKey(label, taken, "reason");
      taken.add(key);
      writes.creates.push({ key, label, position });
      return;
    }
    used.add(match.id);
    if (!match.active || match.label !== label || match.position !== position)
      writes.updates.push({ id: match.id, label, position, active: true });
  });
  for (const reason of input.existing) {
    if (reason.active && !used.has(reason.id)) writes.retire.push({ id: reason.id, label: reason.label });
  }
  return { ok: true, writes, labels: lines.map((l) => l.text) };
}
