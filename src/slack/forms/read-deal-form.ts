import { z } from "zod";
import type { Catalog } from "../../domain/catalog/load-catalog.js";
import type { ChangeRequest } from "../../domain/deals/change-request.js";
import type { Lang } from "../../i18n/languages.js";
import { renderProblem } from "../../i18n/problem.js";
import { translator } from "../../i18n/t.js";
import { parseAmount } from "../../parse/amount.js";
import { stripControls } from "../../parse/clean-text.js";
import { resolveCurrency } from "../../parse/currency.js";
import { isForecastCategory } from "../../parse/forecast-category.js";
import { parseProbability } from "../../parse/probability.js";
import { DEAL_FORM, VALUE } from "../ids.js";

// What Slack sends in view.state.values for each element type we use.
const element = z.object({
  type: z.string(),
  value: z.string().nullish(),
  selected_date: z.string().nullish(),
  selected_user: z.string().nullish(),
  selected_option: z.object({ value: z.string() }).nullish(),
});
export const viewStateSchema = z.record(z.string(), z.record(z.string(), element));
export type ViewState = z.infer<typeof viewStateSchema>;

/** Errors keyed by block id, as Slack's `response_action: "errors"` wants them. */
export type FormErrors = Record<string, string>;

export type FormReading = { ok: true; request: ChangeRequest } | { ok: false; errors: FormErrors };

const get = (state: ViewState, block: string) => state[block]?.[VALUE];
const text = (state: ViewState, block: string) => {
  const v = stripControls(get(state, block)?.value ?? "").trim();
  return v ? v : undefined;
};

/**
 * Reads the deal form into a change request, or every field's problem at once.
 * `shownCategory` is the forecast category the form opened with: left as shown, the
 * deal keeps its own setting (or keeps following its stage's default); changed, the
 * rep's choice is saved.
 */
export function readDealForm(
  rawState: unknown,
  catalog: Catalog,
  shownCategory?: string,
  lang: Lang = "en",
): FormReading {
  const tr = translator(lang);
  const parsed = viewStateSchema.safeParse(rawState);
  if (!parsed.success) return { ok: false, errors: { [DEAL_FORM.name]: tr("form.deal.unreadable") } };
  const state = parsed.data;
  const errors: FormErrors = {};
  const request: ChangeRequest = {};

  const name = text(state, DEAL_FORM.name);
  if (name) request.name = name;
  else errors[DEAL_FORM.name] = tr("form.deal.name.missing");
  request.account = text(state, DEAL_FORM.account) ?? null;

  const currency = resolveCurrency(text(state, DEAL_FORM.currency) ?? "");
  if (!currency.ok) errors[DEAL_FORM.currency] = renderProblem(lang, currency.problem);
  const amountText = text(state, DEAL_FORM.amount);
  if (!amountText) errors[DEAL_FORM.amount] = tr("form.deal.amount.missing");
  else {
    // With a bad currency the amount is still checked, so every problem shows at once.
    const amount = parseAmount(amountText, { defaultCurrency: currency.ok ? currency.value : "EUR" });
    if (!amount.ok) errors[DEAL_FORM.amount] = renderProblem(lang, amount.problem);
    else if (currency.ok && amount.value.currency !== currency.value) {
      errors[DEAL_FORM.amount] = tr("form.deal.amount.currencyMismatch", {
        amountCurrency: amount.value.currency,
        currency: currency.value,
      });
    } else if (currency.ok) {
      request.amountMinor = amount.value.minor;
      request.currency = amount.value.currency;
    }
  }

  const stageId = Number(get(state, DEAL_FORM.stage)?.selected_option?.value);
  if (catalog.stages.some((s) => s.id === stageId)) request.stageId = stageId;
  else errors[DEAL_FORM.stage] = tr("form.deal.stage.missing");

  const close = get(state, DEAL_FORM.close)?.selected_date;
  if (close) request.closeOn = close;
  else errors[DEAL_FORM.close] = tr("form.deal.close.missing");

  request.nextStep = text(state, DEAL_FORM.next) ?? null;
  request.nextStepDue = get(state, DEAL_FORM.nextDue)?.selected_date ?? null;

  const owner = get(state, DEAL_FORM.owner)?.selected_user;
  if (owner) request.ownerId = owner;
  else errors[DEAL_FORM.owner] = tr("form.deal.owner.missing");

  const probability = text(state, DEAL_FORM.probability);
  if (probability === undefined) request.probability = null;
  else {
    const p = parseProbability(probability);
    if (p.ok) request.probability = p.value;
    else errors[DEAL_FORM.probability] = renderProblem(lang, p.problem);
  }

  const reason = get(state, DEAL_FORM.lossReason)?.selected_option?.value;
  request.lossReasonId = reason ? Number(reason) : null;

  const category = get(state, DEAL_FORM.forecast)?.selected_option?.value;
  if (isForecastCategory(category) && category !== shownCategory) request.forecastCategory = category;

  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, request };
}

/** Where each rule error belongs in the form. */
export const FORM_BLOCK_OF: Record<string, string> = {
  name: DEAL_FORM.name,
  amount: DEAL_FORM.amount,
  amountMinor: DEAL_FORM.amount,
  currency: DEAL_FORM.currency,
  stage: DEAL_FORM.stage,
  stageId: DEAL_FORM.stage,
  close: DEAL_FORM.close,
  closeOn: DEAL_FORM.close,
  lossReason: DEAL_FORM.lossReason,
  lossReasonId: DEAL_FORM.lossReason,
  ownerId: DEAL_FORM.owner,
  probability: DEAL_FORM.probability,
  nextStep: DEAL_FORM.next,
  nextStepDue: DEAL_FORM.nextDue,
  account: DEAL_FORM.account,
  forecastCategory: DEAL_FORM.forecast,
};
