import type { Db } from "./client.js";
import { nameKey } from "./deals.js";

/** Sets an account's segment; false when no account has that name. */
export async function setAccountSegment(
  db: Db,
  account: string,
  segment: string | null,
): Promise<string | null> {
  const found = await db.account.findUnique({
    where: { nameKey: nameKey(account) },
    select: { id: true, name: true },
  });
  if (!found) return null;
  await db.account.update({ where: { id: found.id }, data: { segment } });
  return found.name;
}
