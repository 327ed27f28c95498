import { type Db, isUniqueViolation } from "./client.js";
import { nameKey } from "./deals.js";

/**
 * Recomputes stored name keys written by an older `nameKey` (before it folded accents, `İ`
 * and `ß`), so existing deals and accounts are found like new ones. Cheap when nothing
 * changed: one read of ids and names. An account whose new key would collide with another's
 * keeps its old key. Returns how many rows changed.
 */
export async function rekeyNames(db: Db): Promise<number> {
  let changed = 0;
  const deals = await db.deal.findMany({ select: { id: true, name: true, nameKey: true } });
  for (const deal of deals) {
    const key = nameKey(deal.name);
    if (key === deal.nameKey) continue;
    await db.deal.update({ where: { id: deal.id }, data: { nameKey: key } });
    changed++;
  }
  const accounts = await db.account.findMany({ select: { id: true, name: true, nameKey: true } });
  for (const account of accounts) {
    const key = nameKey(account.name);
    if (key === account.nameKey) continue;
    try {
      await db.account.update({ where: { id: account.id }, data: { nameKey: key } });
      changed++;
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  return changed;
}
