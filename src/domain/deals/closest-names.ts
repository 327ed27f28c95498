/** The `limit` names closest to `query` (edit distance, case-insensitive), closest first; none if nothing is close. */
export function closestNames(query: string, names: string[], limit: number): string[] {
  const q = query.toLowerCase().trim();
  const scored = [...new Set(names)].map((name) => {
    const n = name.toLowerCase();
    // Compare with the name's start too, so "acm" is close to "Acme Corporation".
    const distance = Math.min(editDistance(q, n), editDistance(q, n.slice(0, q.length)) + 1);
    return { name, distance };
  });
  const threshold = Math.max(2, Math.floor(q.length / 3));
  return scored
    .filter((s) => s.distance <= threshold)
    .sort((a, b) => a.distance - b.distance || a.name.localeCompare(b.name))
    .slice(0, limit)
    .map((s) => s.name);
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}
