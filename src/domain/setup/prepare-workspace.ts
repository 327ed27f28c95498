import { type StageSeed, seedCatalogIfEmpty } from "../../db/catalog.js";
import { rekeyNames } from "../../db/name-keys.js";
import { ensureRole } from "../../db/users.js";
import type { MessageKey } from "../../i18n/catalogs/index.js";
import type { Lang } from "../../i18n/languages.js";
import { t } from "../../i18n/t.js";
import type { Services } from "../../services.js";
import { getTeamSettings } from "../settings/get-team-settings.js";

// A typical B2B funnel; admins rename, reorder and re-weight it in `/deal admin`.
export const DEFAULT_STAGES: StageSeed[] = [
  { key: "lead", name: "Lead", probability: 10, kind: "open" },
  { key: "qualified", name: "Qualified", probability: 25, kind: "open" },
  { key: "proposal", name: "Proposal", probability: 50, kind: "open" },
  { key: "negotiation", name: "Negotiation", probability: 75, kind: "open" },
  { key: "won", name: "Won", probability: 100, kind: "won" },
  { key: "lost", name: "Lost", probability: 0, kind: "lost" },
];

export const DEFAULT_LOSS_REASONS = [
  { key: "price", label: "Price too high" },
  { key: "competitor", label: "Went with a competitor" },
  { key: "no-budget", label: "No budget" },
  { key: "no-decision", label: "No decision / stalled" },
  { key: "timing", label: "Bad timing" },
  { key: "product-fit", label: "Product not a fit" },
  { key: "other", label: "Other" },
];

/** The default stages in `lang` ("Tarjous", "Oferta"…); keys stay English, so `stage proposal` works in every language. */
export const defaultStages = (lang: Lang): StageSeed[] =>
  DEFAULT_STAGES.map((s) => ({ ...s, name: t(lang, `setup.stage.${s.key}` as MessageKey) }));

export const defaultLossReasons = (lang: Lang) =>
  DEFAULT_LOSS_REASONS.map((r) => ({ ...r, label: t(lang, `setup.reason.${r.key}` as MessageKey) }));

/**
 * Run at every start: default stages and loss reasons for a new team, named in
 * the team's language (admins rename them in `/deal admin`), and DEALBOT_ADMINS as admins.
 */
export async function prepareWorkspace({ db, config, logger }: Pick<Services, "db" | "config" | "logger">) {
  const { language } = await getTeamSettings({ db, config });
  const seeded = await seedCatalogIfEmpty(db, defaultStages(language), defaultLossReasons(language));
  if (seeded.stages || seeded.lossReasons) logger.info(seeded, "created the default stages and loss reasons");
  await ensureRole(db, config.admins, "admin");
  const rekeyed = await rekeyNames(db);
  if (rekeyed > 0) logger.info({ rekeyed }, "updated the search keys of deal and account names");
}
