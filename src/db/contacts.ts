import type { Contact, Db } from "./client.js";
import { nameKey } from "./deals.js";

export type { Contact };

export interface AccountRef {
  id: number;
  name: string;
  ownerId: string | null;
  segment: string | null;
}

const accountSelect = { id: true, name: true, ownerId: true, segment: true } as const;

export async function findAccountByName(db: Db, name: string): Promise<AccountRef | null> {
  return db.account.findUnique({ where: { nameKey: nameKey(name) }, select: accountSelect });
}

/** Finds the account by name or creates it (with `ownerId` when new); safe under concurrent creates. */
export async function ensureAccount(
  db: Db,
  name: string,
  ownerId: string | null,
): Promise<{ account: AccountRef; created: boolean }> {
  const existing = await findAccountByName(db, name);
  if (existing) return { account: existing, created: false };
  const account = await db.account.upsert({
    where: { nameKey: nameKey(name) },
    create: { name: name.trim(), nameKey: nameKey(name), ownerId },
    update: {},
    select: accountSelect,
  });
  return { account, created: true };
}

export interface ContactInput {
  accountId: number;
  name: string;
  email: string | null;
  slackUserId: string | null;
  language: string;
  /** Who added it (Slack user id), for the digest's contact upkeep line. */
  addedBy?: string | null;
  /** Now: re-adding an existing contact counts as checking it is still right. */
  at?: Date;
}

/**
 * Adds a contact, or updates the one with the same email in the account (its
 * opt-out is kept: re-adding someone never re-subscribes them).
 */
export async function upsertContact(
  db: Db,
  input: ContactInput,
): Promise<{ contact: Contact; created: boolean }> {
  const existing = input.email
    ? await db.contact.findUnique({
        where: { accountId_email: { accountId: input.accountId, email: input.email } },
      })
    : null;
  if (existing) {
    const contact = await db.contact.update({
      where: { id: existing.id },
      data: {
        name: input.name,
        slackUserId: input.slackUserId ?? existing.slackUserId,
        language: input.language,
        // Re-added: someone checked it is still right.
        ...(input.at ? { checkedAt: input.at } : {}),
      },
    });
    return { contact, created: false };
  }
  const { at: _at, ...data } = input;
  const contact = await db.contact.create({ data });
  return { contact, created: true };
}

export async function listContacts(db: Db, accountId: number): Promise<Contact[]> {
  return db.contact.findMany({ where: { accountId }, orderBy: [{ name: "asc" }, { id: "asc" }] });
}

/**
 * Contacts `query` names: by email; else by whole name (folded: case, accents, İ, ß); else
 * those whose name contains it, like deals ("Olga" → "Olga Customer").
 */
export async function findContactsByNameOrEmail(db: Db, query: string): Promise<Contact[]> {
  const q = query.trim();
  const byEmail = await db.contact.findMany({ where: { email: q.toLowerCase() }, take: 10 });
  if (byEmail.length) return byEmail;
  // Contacts are a few hundred per team at most: fold and compare in JavaScript, the same on every provider.
  const key = nameKey(q);
  if (key === "") return [];
  const rows = await db.contact.findMany({ orderBy: { id: "asc" }, take: 5000 });
  const exact = rows.filter((c) => nameKey(c.name) === key);
  return exact.length > 0 ? exact : rows.filter((c) => nameKey(c.name).includes(key)).slice(0, 25);
}

/** Account names by id, for naming contacts in a picker. */
export async function accountNames(db: Db, ids: number[]): Promise<Map<number, string>> {
  const rows = await db.account.findMany({
    where: { id: { in: [...new Set(ids)] } },
    select: { id: true, name: true },
  });
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function findContact(db: Db, id: number): Promise<Contact | null> {
  return db.contact.findUnique({ where: { id } });
}

/** Opts the contact out (once; the first opt-out time is kept). */
export async function optOutContact(db: Db, id: number, at: Date): Promise<void> {
  await db.contact.updateMany({ where: { id, optedOut: false }, data: { optedOut: true, optedOutAt: at } });
}

/** An email to the contact was refused by the receiving server (SMTP 5xx): the address is bad. */
export async function markContactBounced(db: Db, id: number, at: Date, error: string): Promise<void> {
  await db.contact.updateMany({ where: { id }, data: { bouncedAt: at, bounceError: error.slice(0, 500) } });
}
