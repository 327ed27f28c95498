import { type AdminSentence, renderSentences } from "./admin-sentences.js";

/** What an admin entered in the team settings modal, as read from Slack; not checked yet. */
export interface TeamSettingsInput {
  timezone: string;
  currency: string;
  /** The team's language code (channel posts); absent: left as it is. */
  language?: string;
  digestChannels: string[];
  alertsChannel: string | null;
  npsChannel: string | null;
  /** One open stage per line: "Proposal: 50%". */
  stagesText: string;
  /** One loss reason per line. */
  lossReasonsText: string;
  managerIds: string[];
  /**
   * Reps picked under each manager whose "Reps of" box was in the form. A
   * selected manager missing here (their box was not shown) keeps their team.
   */
  repsByManager: Record<string, string[]>;
  /** Where won deals are announced; undefined: not in the form (left as saved). */
  winChannel?: string | null;
  /** The team's customer segments, one per line; undefined: not in the form. */
  segmentsText?: string;
}

/** Which part of the form a problem belongs to; `managerId` picks the "Reps of" box. */
export type AdminField =
  | "timezone"
  | "currency"
  | "language"
  | "stages"
  | "lossReasons"
  | "managers"
  | "reps";

export interface AdminProblem {
  field: AdminField;
  managerId?: string;
  /** In English (logs, tests). */
  message: string;
  /** The same to render in the admin's language; absent where there is only English. */
  sentences?: AdminSentence[];
}

/** A problem from its sentences, with its English text. */
export function adminProblem(
  field: AdminField,
  sentences: AdminSentence[],
  managerId?: string,
): AdminProblem {
  return {
    field,
    ...(managerId ? { managerId } : {}),
    message: renderSentences("en", sentences),
    sentences,
  };
}
