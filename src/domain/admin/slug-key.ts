const MAX_KEY = 40;

/**
 * A key for a new stage or loss reason: the name as a lower-case slug
 * ("Demo booked" → "demo-booked"), made unique against `taken` with -2, -3, …
 */
export function slugKey(name: string, taken: ReadonlySet<string>, fallback: string): string {
  const base =
    name
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, MAX_KEY)
      .replace(/-+$/, "") || fallback;
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const key = `${base}-${n}`;
    if (!taken.has(key)) return key;
  }
}
