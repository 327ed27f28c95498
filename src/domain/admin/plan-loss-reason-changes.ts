import type { CatalogLossReason, LossReasonWrites } from "../../db/catalog.js";
import { type Phrase, phrase, say } from "../../i18n/phrase.js";
import { slugKey } from "./slug-key.js";
import { splitListLines } from "./split-list-lines.js";

export const MAX_LOSS_REASONS = 40;
export const MAX_LOSS_REASON_LABEL = 75;
export type LossReasonPlan =
  | { ok: true; writes: LossReasonWrites; labels: string[] }
  /** `phrases`: each problem, then how to write the list (rendered in the admin's language); `error`: in English. */
  | { ok: false; error: string; phrases: Phrase[] };

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
  const problems: Phrase[] = [];
  const seen = new Map<string, number>();
  for (const { number, text } of lines) {
    if (text.length > MAX_LOSS_REASON_LABEL)
      problems.push(
        phrase("reply.lossReasons.tooLong", {
          line: String(number),
          start: text.slice(0, 20),
          max: MAX_LOSS_REASON_LABEL,
        }),
      );
    const first = seen.get(text.toLowerCase());
    if (first !== undefined)
      problems.push(
        phrase("reply.lossReasons.repeated", { line: String(number), reason: text, first: String(first) }),
      );
    else seen.set(text.toLowerCase(), number);
  }
  if (lines.length === 0) problems.push(phrase("reply.lossReasons.none"));
  if (lines.length > MAX_LOSS_REASONS)
    problems.push(phrase("reply.lossReasons.tooMany", { max: MAX_LOSS_REASONS, count: lines.length }));
  if (problems.length > 0) {
    const phrases = [...problems, phrase("reply.lossReasons.hint")];
    return { ok: false, error: phrases.map((p) => say("en", p)).join(" "), phrases };
  }

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
