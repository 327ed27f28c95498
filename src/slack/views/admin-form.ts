import type { InputBlock, KnownBlock, ModalView, PlainTextElement } from "@slack/types";
import type { StageRow } from "../../db/catalog.js";
import type { ManagerTeam } from "../../db/users.js";
import type { Catalog } from "../../domain/catalog/load-catalog.js";
import type { TeamSettings } from "../../domain/settings/team-settings.js";
import { LANGUAGE_NAMES, LANGUAGES, type Lang } from "../../i18n/languages.js";
import { translator } from "../../i18n/t.js";
import { context, divider } from "../blocks.js";
import { type FormMetadata, writeMetadata } from "../forms/metadata.js";
import { ACTIONS, ADMIN_FORM, VALUE, VIEWS } from "../ids.js";
import { LIMITS } from "../limits.js";
import { fitInput } from "../mrkdwn.js";

/** What the team settings modal shows: saved settings when opened, what was typed when re-rendered. */
export interface AdminFormValues {
  timezone: string;
  currency: string;
  language: Lang;
  digestChannels: string[];
  alertsChannel: string | null;
  npsChannel: string | null;
  stagesText: string;
  lossReasonsText: string;
  /** The selected managers, each with the reps in their box. */
  managers: ManagerTeam[];
  winChannel?: string | null;
  /** One segment per line. */
  segmentsText?: string;
}

/**
 * "Lead: 10%" per open stage, in funnel order, with its default forecast category when
 * the team set one ("Negotiation: 75% commit"): what the stages box holds and parses back.
 */
export const stagesText = (stages: StageRow[]) =>
  stages
    .filter((s) => s.kind === "open")
    .map((s) => `${s.name}: ${s.probability}%${s.forecastCategory ? ` ${s.forecastCategory}` : ""}`)
    .join("\n");

export function adminFormValues(
  settings: TeamSettings,
  catalog: Catalog,
  managers: ManagerTeam[],
): AdminFormValues {
  return {
    timezone: settings.timezone,
    currency: settings.currency,
    language: settings.language,
    digestChannels: settings.channels.digest,
    alertsChannel: settings.channels.alerts ?? null,
    npsChannel: settings.channels.nps ?? null,
    stagesText: stagesText(catalog.stages),
    lossReasonsText: catalog.lossReasons.map((r) => r.label).join("\n"),
    managers,
    winChannel: settings.winChannel ?? null,
    segmentsText: (settings.segments ?? []).join("\n"),
  };
}

const plain = (text: string, max = 2000): PlainTextElement => ({
  type: "plain_text",
  text: text.length <= max ? text : `${text.slice(0, max - 1)}…`,
});

function inputBlock(
  blockId: string,
  label: string,
  element: InputBlock["element"],
  options: { hint?: string; optional?: boolean; dispatch?: boolean } = {},
): InputBlock {
  return {
    type: "input",
    block_id: blockId,
    optional: options.optional ?? false,
    ...(options.dispatch ? { dispatch_action: true } : {}),
    label: plain(label),
    ...(options.hint ? { hint: plain(options.hint) } : {}),
    element,
  };
}

function textElement(initial: string, options: { multiline?: boolean; max: number; placeholder: string }) {
  return {
    type: "plain_text_input" as const,
    action_id: VALUE,
    multiline: options.multiline ?? false,
    max_length: options.max,
    placeholder: plain(options.placeholder),
    ...(initial ? { initial_value: fitInput(initial, options.max) } : {}),
  };
}

const CHANNELS = { include: ["public" as const, "private" as const] };

function channelSelect(
  blockId: string,
  label: string,
  initial: string | null,
  hint: string,
  placeholder: string,
): InputBlock {
  return inputBlock(
    blockId,
    label,
    {
      type: "conversations_select",
      action_id: VALUE,
      filter: CHANNELS,
      placeholder: plain(placeholder),
      ...(initial ? { initial_conversation: initial } : {}),
    },
    { optional: true, hint },
  );
}

function usersSelect(actionId: string, initial: string[], placeholder: string) {
  return {
    type: "multi_users_select" as const,
    action_id: actionId,
    placeholder: plain(placeholder),
    ...(initial.length > 0 ? { initial_users: initial } : {}),
  };
}

/**
 * `/deal admin`: timezone, currency, channels, stages, loss reasons, and the
 * managers with a "Reps of" box each. Changing the managers dispatches an
 * action that re-renders the boxes (views.update). Always within the modal's
 * block limit: boxes that do not fit are left out and counted. Written in the
 * admin's own language (`lang`); the team language is one of the settings.
 */
export function adminFormView(options: {
  values: AdminFormValues;
  metadata: FormMetadata;
  lang?: Lang;
}): ModalView {
  const { values } = options;
  const tr = translator(options.lang ?? "en");
  const fixed: KnownBlock[] = [
    inputBlock(
      ADMIN_FORM.timezone,
      tr("admin.form.timezone.label"),
      textElement(values.timezone, { max: 64, placeholder: "Europe/Helsinki" }),
      { hint: tr("admin.form.timezone.hint") },
    ),
    inputBlock(
      ADMIN_FORM.currency,
      tr("admin.form.currency.label"),
      textElement(values.currency, { max: 3, placeholder: "EUR" }),
      { hint: tr("admin.form.currency.hint") },
    ),
    inputBlock(
      ADMIN_FORM.language,
      tr("admin.form.language.label"),
      {
        type: "static_select",
        action_id: VALUE,
        options: LANGUAGES.map((l) => ({ text: plain(LANGUAGE_NAMES[l], 75), value: l })),
        initial_option: { text: plain(LANGUAGE_NAMES[values.language], 75), value: values.language },
      },
      { hint: tr("admin.form.language.hint") },
    ),
    inputBlock(
      ADMIN_FORM.digestChannels,
      tr("admin.form.digest.label"),
      {
        type: "multi_conversations_select",
        action_id: VALUE,
        filter: CHANNELS,
        placeholder: plain(tr("admin.form.digest.placeholder")),
        ...(values.digestChannels.length > 0 ? { initial_conversations: values.digestChannels } : {}),
      },
      { optional: true, hint: tr("admin.form.digest.hint") },
    ),
    channelSelect(
      ADMIN_FORM.alertsChannel,
      tr("admin.form.alerts.label"),
      values.alertsChannel,
      tr("admin.form.alerts.hint"),
      tr("admin.form.channel.placeholder"),
    ),
    channelSelect(
      ADMIN_FORM.npsChannel,
      tr("admin.form.nps.label"),
      values.npsChannel,
      tr("admin.form.nps.hint"),
      tr("admin.form.channel.placeholder"),
    ),
    // No divider here: the language select took its block, so the form still fits 90 managers' boxes.
    channelSelect(
      ADMIN_FORM.winChannel,
      tr("admin.form.win.label"),
      values.winChannel ?? null,
      tr("admin.form.win.hint"),
      tr("admin.form.channel.placeholder"),
    ),
    inputBlock(
      ADMIN_FORM.segments,
      tr("admin.form.segments.label"),
      textElement(values.segmentsText ?? "", {
        multiline: true,
        max: 2000,
        placeholder: tr("admin.form.segments.placeholder"),
      }),
      { optional: true, hint: tr("admin.form.segments.hint") },
    ),
    inputBlock(
      ADMIN_FORM.stages,
      tr("admin.form.stages.label"),
      textElement(values.stagesText, {
        multiline: true,
        max: 2000,
        placeholder: tr("admin.form.stages.placeholder"),
      }),
      { hint: tr("admin.stagesHint") },
    ),
    inputBlock(
      ADMIN_FORM.lossReasons,
      tr("admin.form.reasons.label"),
      textElement(values.lossReasonsText, {
        multiline: true,
        max: LIMITS.plainTextInput,
        placeholder: tr("admin.form.reasons.placeholder"),
      }),
      { hint: tr("admin.form.reasons.hint") },
    ),
    divider(),
    inputBlock(
      ADMIN_FORM.managers,
      tr("admin.form.managers.label"),
      usersSelect(
        ACTIONS.adminManagers,
        values.managers.map((m) => m.id),
        tr("admin.form.managers.placeholder"),
      ),
      { optional: true, dispatch: true, hint: tr("admin.form.managers.hint") },
    ),
  ];
  const room = LIMITS.blocksPerView - fixed.length;
  const fits = values.managers.length <= room;
  const shown = fits ? values.managers : values.managers.slice(0, room - 1);
  const blocks: KnownBlock[] = [
    ...fixed,
    ...shown.map((m) =>
      inputBlock(
        `${ADMIN_FORM.repsPrefix}${m.id}`,
        tr("admin.form.reps.label", { name: m.name }),
        usersSelect(VALUE, m.repIds, tr("admin.form.reps.placeholder")),
        {
          optional: true,
        },
      ),
    ),
  ];
  if (!fits) {
    const hidden = values.managers.length - shown.length;
    blocks.push(
      context(tr("admin.form.hiddenManagers", { count: hidden, blocks: String(LIMITS.blocksPerView) })),
    );
  }
  return {
    type: "modal",
    callback_id: VIEWS.admin,
    private_metadata: writeMetadata(options.metadata),
    title: plain(tr("admin.form.title"), LIMITS.modalTitle),
    submit: plain(tr("admin.form.submit"), LIMITS.modalButton),
    close: plain(tr("admin.form.close"), LIMITS.modalButton),
    blocks,
  };
}
