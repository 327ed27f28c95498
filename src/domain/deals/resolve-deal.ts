import { type DealRow, findDeal, findDealsByName, recentDealNames } from "../../db/deals.js";
import type { DealRef } from "../../parse/deal-ref.js";
import type { Services } from "../../services.js";
import { closestNames } from "./closest-names.js";

export const MAX_CHOICES = 8;

export type Resolution =
  | { kind: "found"; deal: DealRow }
  | { kind: "ambiguous"; query: string; candidates: DealRow[] }
  | { kind: "none"; query: string; suggestions: string[] };

/** Finds the deal a user means by `#42` or by (part of) its name. */
export async function resolveDeal({ db }: Pick<Services, "db">, ref: DealRef): Promise<Resolution> {
  if (ref.kind === "id") {
    const deal = await findDeal(db, ref.id);
    return deal ? { kind: "found", deal } : { kind: "none", query: `#${ref.id}`, suggestions: [] };
  }
  const matches = await findDealsByName(db, ref.query, MAX_CHOICES + 1);
  if (matches.length === 1) return { kind: "found", deal: matches[0]! };
  // Several matches but only one still open: that is the one people mean.
  const open = matches.filter((d) => d.status === "open");
  if (matches.length > 1 && open.length === 1) return { kind: "found", deal: open[0]! };
  if (matches.length > 1) return { kind: "ambiguous", query: ref.query, candidates: matches };
  const names = await recentDealNames(db, 1000);
  return {
    kind: "none",
    query: ref.query,
    suggestions: closestNames(
      ref.query,
      names.map((n) => n.name),
      3,
    ),
  };
}
