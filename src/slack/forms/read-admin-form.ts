import { z } from "zod";
import { renderSentences } from "../../domain/admin/admin-sentences.js";
import type { AdminProblem, TeamSettingsInput } from "../../domain/admin/team-settings-input.js";
import type { Lang } from "../../i18n/languages.js";
import { t } from "../../i18n/t.js";
import { stripControls } from "../../parse/clean-text.js";
import { ACTIONS, ADMIN_FORM, VALUE } from "../ids.js";
import type { FormErrors } from "./read-deal-form.js";

// What Slack sends in view.state.values for the elements of the team settings modal.
const element = z.object({
  type: z.string(),
  value: z.string().nullish(),
  selected_users: z.array(z.string()).nullish(),
  selected_conversations: z.array(z.string()).nullish(),
  selected_conversation: z.string().nullish(),
  selected_option: z.object({ value: z.string() }).nullish(),
});
const stateSchema = z.record(z.string(), z.record(z.string(), element));
type State = z.infer<typeof stateSchema>;

const get = (state: State, block: string, action: string = VALUE) => state[block]?.[action];

export type AdminFormReading = { ok: true; input: TeamSettingsInput } | { ok: false; errors: FormErrors };

/** Reads the team settings modal as typed. Checking it is the domain's job (saveTeamSettings). */
export function readAdminForm(rawState: unknown, lang: Lang = "en"): AdminFormReading {
  const parsed = stateSchema.safeParse(rawState);
  if (!parsed.success)
    return { ok: false, errors: { [ADMIN_FORM.timezone]: t(lang, "admin.form.unreadable") } };
  const state = parsed.data;
  const text = (block: string) => stripControls(get(state, block)?.value ?? "");
  const repsByManager: Record<string, string[]> = {};
  for (const [block, actions] of Object.entries(state)) {
    if (!block.startsWith(ADMIN_FORM.repsPrefix)) continue;
    repsByManager[block.slice(ADMIN_FORM.repsPrefix.length)] = actions[VALUE]?.selected_users ?? [];
  }
  return {
    ok: true,
    input: {
      timezone: text(ADMIN_FORM.timezone),
      currency: text(ADMIN_FORM.currency),
      ...(get(state, ADMIN_FORM.language)?.selected_option
        ? { language: get(state, ADMIN_FORM.language)?.selected_option?.value ?? "" }
        : {}),
      digestChannels: get(state, ADMIN_FORM.digestChannels)?.selected_conversations ?? [],
      alertsChannel: get(state, ADMIN_FORM.alertsChannel)?.selected_conversation ?? null,
      npsChannel: get(state, ADMIN_FORM.npsChannel)?.selected_conversation ?? null,
      stagesText: text(ADMIN_FORM.stages),
      lossReasonsText: text(ADMIN_FORM.lossReasons),
      managerIds: get(state, ADMIN_FORM.managers, ACTIONS.adminManagers)?.selected_users ?? [],
      repsByManager,
      ...(state[ADMIN_FORM.winChannel]
        ? { winChannel: get(state, ADMIN_FORM.winChannel)?.selected_conversation ?? null }
        : {}),
      ...(state[ADMIN_FORM.segments] ? { segmentsText: text(ADMIN_FORM.segments) } : {}),
    },
  };
}

const BLOCK_OF = {
  timezone: ADMIN_FORM.timezone,
  currency: ADMIN_FORM.currency,
  language: ADMIN_FORM.language,
  stages: ADMIN_FORM.stages,
  lossReasons: ADMIN_FORM.lossReasons,
  managers: ADMIN_FORM.managers,
  reps: ADMIN_FORM.managers,
} as const;

/** Each problem on its block ("Reps of" problems on that manager's box); several on one block are joined. */
export function adminFormErrors(problems: AdminProblem[], lang: Lang = "en"): FormErrors {
  const errors: FormErrors = {};
  for (const problem of problems) {
    // Loss-reason problems have no sentences yet: their English text is shown.
    const text = problem.sentences ? renderSentences(lang, problem.sentences) : problem.message;
    const block =
      problem.field === "reps" && problem.managerId
        ? `${ADMIN_FORM.repsPrefix}${problem.managerId}`
        : BLOCK_OF[problem.field];
    errors[block] = errors[block] ? `${errors[block]} ${text}` : text;
  }
  return errors;
}
