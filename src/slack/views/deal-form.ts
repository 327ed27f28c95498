import type { InputBlock, ModalView, PlainTextOption } from "@slack/types";
import type { DealRow } from "../../db/deals.js";
import type { Catalog } from "../../domain/catalog/load-catalog.js";
import type { Lang } from "../../i18n/languages.js";
import { t, translator } from "../../i18n/t.js";
import { toMajorString } from "../../parse/amount.js";
import { minorDigits } from "../../parse/currency.js";
import { FORECAST_CATEGORIES, stageCategoryOf } from "../../parse/forecast-category.js";
import { type FormMetadata, writeMetadata } from "../forms/metadata.js";
import { DEAL_FORM, VALUE, VIEWS } from "../ids.js";
import { LIMITS } from "../limits.js";
import { fitInput } from "../mrkdwn.js";

const plain = (text: string) => ({ type: "plain_text" as const, text: text.slice(0, LIMITS.optionText) });
const option = (text: string, value: string): PlainTextOption => ({ text: plain(text), value });

function textInput(
  blockId: string,
  label: string,
  options: {
    initial?: string | null;
    placeholder?: string;
    optional?: boolean;
    multiline?: boolean;
    hint?: string;
    max?: number;
  },
): InputBlock {
  return {
    type: "input",
    block_id: blockId,
    optional: options.optional ?? false,
    label: plain(label),
    ...(options.hint ? { hint: plain(options.hint) } : {}),
    element: {
      type: "plain_text_input",
      action_id: VALUE,
      multiline: options.multiline ?? false,
      ...(options.max ? { max_length: options.max } : {}),
      ...(options.initial
        ? { initial_value: options.max ? fitInput(options.initial, options.max) : options.initial }
        : {}),
      ...(options.placeholder ? { placeholder: plain(options.placeholder) } : {}),
    },
  };
}

function dateInput(
  blockId: string,
  label: string,
  initial: string | null | undefined,
  optional: boolean,
): InputBlock {
  return {
    type: "input",
    block_id: blockId,
    optional,
    label: plain(label),
    element: { type: "datepicker", action_id: VALUE, ...(initial ? { initial_date: initial } : {}) },
  };
}

export interface DealFormValues {
  name?: string;
  account?: string | null;
  amountMinor?: bigint;
  currency: string;
  stageId?: number;
  closeOn?: string;
  nextStep?: string | null;
  nextStepDue?: string | null;
  ownerId: string;
  probability?: number | null;
  lossReasonId?: number | null;
  /** The rep's own forecast category; null = the stage's default. */
  forecastCategory?: string | null;
}

export const formValuesOf = (deal: DealRow): DealFormValues => ({
  name: deal.name,
  account: deal.account?.name ?? null,
  amountMinor: deal.amountMinor,
  currency: deal.currency,
  stageId: deal.stageId,
  closeOn: deal.closeOn,
  nextStep: deal.nextStep,
  nextStepDue: deal.nextStepDue,
  ownerId: deal.ownerId,
  probability: deal.probability,
  lossReasonId: deal.lossReasonId,
  forecastCategory: deal.forecastCategory,
});

/** The category the form shows: the deal's own, else its stage's default (none without a stage). */
export function shownCategory(values: DealFormValues, catalog: Catalog): string | undefined {
  if (values.forecastCategory) return values.forecastCategory;
  const stage = catalog.stages.find((s) => s.id === values.stageId);
  return stage ? stageCategoryOf(stage) : undefined;
}

function categoryInput(shown: string | undefined, lang: Lang): InputBlock {
  const options = FORECAST_CATEGORIES.map((c) => option(t(lang, `forecast.category.${c}`), c));
  const initial = options.find((o) => o.value === shown);
  return {
    type: "input",
    block_id: DEAL_FORM.forecast,
    optional: true,
    label: plain(t(lang, "form.forecastCategory")),
    hint: plain(t(lang, "form.forecastCategoryHint")),
    element: {
      type: "static_select",
      action_id: VALUE,
      options,
      ...(initial ? { initial_option: initial } : {}),
    },
  };
}

/** The create or update form, prefilled with `values`. Errors come back inline on each field. */
export function dealFormView(input: {
  mode: "create" | "update";
  values: DealFormValues;
  catalog: Catalog;
  metadata: FormMetadata;
  dealId?: number;
  lang?: Lang;
}): ModalView {
  const { values, catalog } = input;
  const shown = shownCategory(values, catalog);
  const stageOptions = catalog.stages
    .slice(0, LIMITS.optionsPerSelect)
    .map((s) =>
      option(
        t(input.lang ?? "en", "form.deal.stage.option", { stage: s.name, probability: s.probability }),
        String(s.id),
      ),
    );
  const stageInitial = stageOptions.find((o) => o.value === String(values.stageId));
  const reasonOptions = catalog.lossReasons
    .slice(0, LIMITS.optionsPerSelect)
    .map((r) => option(r.label, String(r.id)));
  const reasonInitial = reasonOptions.find((o) => o.value === String(values.lossReasonId));
  const amount =
    values.amountMinor !== undefined
      ? toMajorString(values.amountMinor, minorDigits(values.currency))
      : undefined;

  const lang = input.lang ?? "en";
  const tr = translator(lang);
  const blocks: InputBlock[] = [
    textInput(DEAL_FORM.name, tr("form.deal.name.label"), {
      initial: values.name,
      placeholder: tr("form.deal.name.placeholder"),
      max: 200,
    }),
    textInput(DEAL_FORM.account, tr("form.deal.account.label"), {
      initial: values.account,
      placeholder: tr("form.deal.account.placeholder"),
      optional: true,
      max: 200,
    }),
    textInput(DEAL_FORM.amount, tr("form.deal.amount.label"), {
      initial: amount,
      placeholder: tr("form.deal.amount.placeholder"),
      hint: tr("form.deal.amount.hint"),
    }),
    textInput(DEAL_FORM.currency, tr("form.deal.currency.label"), {
      initial: values.currency,
      placeholder: "EUR",
      max: 3,
    }),
    {
      type: "input",
      block_id: DEAL_FORM.stage,
      label: plain(tr("form.deal.stage.label")),
      element: {
        type: "static_select",
        action_id: VALUE,
        options: stageOptions,
        ...(stageInitial ? { initial_option: stageInitial } : {}),
      },
    },
    dateInput(DEAL_FORM.close, tr("form.deal.close.label"), values.closeOn, false),
    categoryInput(shown, lang),
    textInput(DEAL_FORM.next, tr("form.deal.next.label"), {
      initial: values.nextStep,
      placeholder: tr("form.deal.next.placeholder"),
      optional: true,
      max: 1000,
    }),
    dateInput(DEAL_FORM.nextDue, tr("form.deal.nextDue.label"), values.nextStepDue, true),
    {
      type: "input",
      block_id: DEAL_FORM.owner,
      label: plain(tr("form.deal.owner.label")),
      element: { type: "users_select", action_id: VALUE, initial_user: values.ownerId },
    },
    textInput(DEAL_FORM.probability, tr("form.deal.probability.label"), {
      initial:
        values.probability === null || values.probability === undefined
          ? undefined
          : String(values.probability),
      placeholder: tr("form.deal.probability.placeholder"),
      optional: true,
      max: 4,
    }),
    {
      type: "input",
      block_id: DEAL_FORM.lossReason,
      optional: true,
      label: plain(tr("form.deal.lossReason.label")),
      element: {
        type: "static_select",
        action_id: VALUE,
        options: reasonOptions,
        ...(reasonInitial ? { initial_option: reasonInitial } : {}),
      },
    },
  ];
  const create = input.mode === "create";
  return {
    type: "modal",
    callback_id: create ? VIEWS.create : VIEWS.update,
    private_metadata: writeMetadata({ ...(shown ? { category: shown } : {}), ...input.metadata }),
    title: plain(
      (create
        ? tr("form.deal.create.title")
        : tr("form.deal.update.title", { id: String(input.dealId) })
      ).slice(0, LIMITS.modalTitle),
    ),
    submit: plain(create ? tr("form.deal.create.submit") : tr("form.deal.update.submit")),
    close: plain(tr("form.deal.close")),
    blocks,
  };
}

/** The update form for `deal`, prefilled, remembering the version it shows (a later save is checked against it). */
export function updateFormView(
  deal: DealRow,
  catalog: Catalog,
  metadata: Omit<FormMetadata, "dealId" | "version"> = {},
  lang: Lang = "en",
): ModalView {
  return dealFormView({
    mode: "update",
    lang,
    dealId: deal.id,
    catalog,
    values: formValuesOf(deal),
    metadata: { dealId: deal.id, version: deal.version, ...metadata },
  });
}
