import { searchKey } from "./clean-text.js";

export type MatchResult<T> =
  /** What was typed is the name (or key), folded. */
  | { kind: "exact"; item: T }
  /** One item fits an unambiguous start or a close spelling: say what was understood. */
  | { kind: "close"; item: T }
  /** Several fit equally well: offer a choice. */
  | { kind: "ambiguous"; items: T[] }
  | { kind: "none" };

const key = (text: string) => searchKey(text.replace(/[_-]+/g, " "));

/**
 * The item a person meant by `typed`, matched against each item's names (e.g. a stage's key and
 * name), in order of confidence: the whole name; the start of a name ("price" → "Price too
 * high"); the start of a later word ("budget" → "No budget"); a close spelling — a shared
 * start of at least 5 letters covering most of both ("qualification" → "Qualified"), or at most
 * one edit per four letters ("propsal" → "Proposal"). The first step that finds anything
 * decides; more than one item there is ambiguous.
 */
export function closestMatch<T>(
  items: readonly T[],
  typed: string,
  names: (item: T) => string[],
): MatchResult<T> {
  const t = key(typed);
  if (t === "") return { kind: "none" };
  const keyed = items.map((item) => ({ item, keys: names(item).map(key).filter(Boolean) }));
  const steps: Array<[kind: "exact" | "close", test: (k: string) => boolean]> = [
    ["exact", (k) => k === t],
    ["close", (k) => k.startsWith(t)],
    ["close", (k) => k.split(" ").some((word, i) => i > 0 && word.startsWith(t))],
    ["close", (k) => closeSpelling(t, k)],
  ];
  for (const [kind, test] of steps) {
    const found = keyed.filter(({ keys }) => keys.some(test)).map(({ item }) => item);
    const unique = [...new Set(found)];
    if (unique.length === 1) return { kind, item: unique[0]! };
    if (unique.length > 1)
      return kind === "exact" ? { kind, item: unique[0]! } : { kind: "ambiguous", items: unique };
  }
  return { kind: "none" };
}

function closeSpelling(typed: string, name: string): boolean {
  // Only the name's first words as long as what was typed: "price" vs "price too high".
  const head = name.slice(
    0,
    Math.max(typed.length, name.indexOf(" ") === -1 ? name.length : name.indexOf(" ")),
  );
  const shared = commonPrefix(typed, head);
  const [shorter, longer] = [typed.length, head.length].sort((a, b) => a - b) as [number, number];
  if (shared >= 5 && shared >= 0.75 * shorter && longer <= 1.6 * shorter) return true;
  return typed.length >= 4 && editDistance(typed, head) <= Math.floor(typed.length / 4);
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** Optimal string alignment distance (Levenshtein with adjacent transpositions). */
function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}
