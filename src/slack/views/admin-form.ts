import type { InputBlock, KnownBlock, ModalView, PlainTextElement } from "@slack/types";
import type { StageRow } from "../../db/catalog.js";
import type { ManagerTeam } from "../../db/users.js";
import type { Catalog } from "../../domain/catalog/load-catalog.js";
import type { TeamSettings } from "../../domain/settings/team-settings.js";
import { LANGUAGE_NAMES, LANGUAGES, type Lang } from "../../i18n/languages.js";
import { t } from "../../i18n/t.js";
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

function channelSelect(blockId: string, label: string, initial: string | null, hint: string): InputBlock {
  return inputBlock(
    blockId,
    label,
    {
      type: "conversations_select",
      action_id: VALUE,
      filter: CHANNELS,
      placeholder: plain("Pick a channel"),
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
 * block limit: boxes that do not fit are left out and counted.
 */
export function adminFormView(options: { values: AdminFormValues; metadata: FormMetadata }): ModalView {
  const { values } = options;
  const fixed: KnownBlock[] = [
    inputBlock(
      ADMIN_FORM.timezone,
      "Team timezone",
      textElement(values.timezone, { max: 64, placeholder: "Europe/Helsinki" }),
      {
        hint: "IANA name, e.g. Europe/Helsinki. Digests and risk alerts follow it.",
      },
    ),
    inputBlock(
      ADMIN_FORM.currency,
      "Currency",
      textElement(values.currency, { max: 3, placeholder: "EUR" }),
      {
        hint: "ISO 4217 code, used for amounts typed without one.",
      },
    ),
    inputBlock(
      ADMIN_FORM.language,
      "Team language",
      {
        type: "static_select",
        action_id: VALUE,
        options: LANGUAGES.map((l) => ({ text: plain(LANGUAGE_NAMES[l], 75), value: l })),
        initial_option: { text: plain(LANGUAGE_NAMES[values.language], 75), value: values.language },
      },
      {
        hint: "Digests, risk alerts and other channel posts are written in it. Each person is answered in their own Slack language (or their /deal language).",
      },
    ),
    inputBlock(
      ADMIN_FORM.digestChannels,
      "Digest channels",
      {
        type: "multi_conversations_select",
        action_id: VALUE,
        filter: CHANNELS,
        placeholder: plain("Pick channels"),
        ...(values.digestChannels.length > 0 ? { initial_conversations: values.digestChannels } : {}),
      },
      { optional: true, hint: "Where the Monday funnel digest is posted." },
    ),
    channelSelect(
      ADMIN_FORM.alertsChannel,
      "Alerts channel",
      values.alertsChannel,
      "Managers' risk alerts. Left empty, the server default (DEALBOT_CHANNEL_ALERTS) applies, if set.",
    ),
    channelSelect(
      ADMIN_FORM.npsChannel,
      "NPS channel",
      values.npsChannel,
      "NPS results and detractor alerts. Left empty, the server default (DEALBOT_CHANNEL_NPS) applies, if set.",
    ),
    // No divider here: the language select took its block, so the form still fits 90 managers' boxes.
    channelSelect(
      ADMIN_FORM.winChannel,
      "Win announcements",
      values.winChannel ?? null,
      "A short post (who, how much) when a deal is won; none for losses. Left empty, no announcements.",
    ),
    inputBlock(
      ADMIN_FORM.segments,
      "Customer segments",
      textElement(values.segmentsText ?? "", {
        multiline: true,
        max: 2000,
        placeholder: "SMB\nMid-market\nEnterprise",
      }),
      {
        optional: true,
        hint: "One per line. Set an account's with /deal account Acme segment SMB or a CSV column; the digest shows funnel and wins per segment.",
      },
    ),
    inputBlock(
      ADMIN_FORM.stages,
      "Open stages, in funnel order",
      textElement(values.stagesText, { multiline: true, max: 2000, placeholder: "Lead: 10%\nProposal: 50%" }),
      {
        hint: t(values.language ?? "en", "admin.stagesHint"),
      },
    ),
    inputBlock(
      ADMIN_FORM.lossReasons,
      "Loss reasons",
      textElement(values.lossReasonsText, {
        multiline: true,
        max: LIMITS.plainTextInput,
        placeholder: "Price too high",
      }),
      { hint: "One per line, in the order offered. A reason left out is no longer offered; deals keep it." },
    ),
    divider(),
    inputBlock(
      ADMIN_FORM.managers,
      "Managers",
      usersSelect(
        ACTIONS.adminManagers,
        values.managers.map((m) => m.id),
        "Pick the managers",
      ),
      {
        optional: true,
        dispatch: true,
        hint: "Each manager gets a box below for their reps. Managers can update their reps' deals.",
      },
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
        `Reps of ${m.name}`,
        usersSelect(VALUE, m.repIds, "Pick the reps"),
        {
          optional: true,
        },
      ),
    ),
  ];
  if (!fits) {
    const hidden = values.managers.length - shown.length;
    blocks.push(
      context(
        `${hidden} more manager${hidden === 1 ? "'s" : "s'"} reps are not shown (a form holds ${LIMITS.blocksPerView} blocks); their teams stay as they are. Pick fewer managers here to edit them.`,
      ),
    );
  }
  return {
    type: "modal",
    callback_id: VIEWS.admin,
    private_metadata: writeMetadata(options.metadata),
    title: plain("Team settings", LIMITS.modalTitle),
    submit: plain("Save", LIMITS.modalButton),
    close: plain("Cancel", LIMITS.modalButton),
    blocks,
  };
}
