import { upsertQuota } from "../../db/quotas.js";
import type { QuotaInput } from "../../parse/quota.js";
import type { Services } from "../../services.js";

/** Sets one quota (replacing the one for the same person and period). */
export async function setQuota({ db }: Pick<Services, "db">, quota: QuotaInput): Promise<void> {
  await upsertQuota(db, quota);
}
