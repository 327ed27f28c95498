import { type DealRow, findDeal } from "../../db/deals.js";
import { findDealsByIds } from "../../db/staleness.js";
import { userNames } from "../../db/users.js";
import type { Services } from "../../services.js";

/** One deal by id, or null when it no longer exists. */
export const getDeal = ({ db }: Pick<Services, "db">, id: number): Promise<DealRow | null> =>
  findDeal(db, id);

/** Deals by id, in one query (missing ones left out). */
export const getDeals = ({ db }: Pick<Services, "db">, ids: number[]): Promise<DealRow[]> =>
  findDealsByIds(db, ids);

/** Display names of people, in one query. */
export const namesOf = ({ db }: Pick<Services, "db">, ids: string[]): Promise<Map<string, string>> =>
  userNames(db, ids);
