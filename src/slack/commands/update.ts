import { requestFromFields } from "../../domain/deals/request-from-fields.js";
import { renderProblems } from "../../i18n/problem.js";
import type { DealCommand } from "../../parse/deal-command.js";
import { describeInterpretation, parseFieldValues } from "../../parse/field-values.js";
import { invalidMessage } from "../views/change-message.js";
import { updateFormView } from "../views/deal-form.js";
import { changeAndReply } from "./after-change.js";
import type { CommandContext } from "./context.js";
import { findDealOrAsk } from "./find-deal.js";
import { replyUnreadFields } from "./stage-choice.js";

const EXAMPLE = "/deal update Acme stage proposal amount 12k close next friday";

/** `/deal update <deal> [field value]...`; with no fields, the update form opens prefilled. */
export async function updateCommand(
  ctx: CommandContext,
  cmd: Extract<DealCommand, { kind: "update" }>,
  chosenDealId?: number,
): Promise<void> {
  const { services, actor, catalog } = ctx;
  if (Object.keys(cmd.fields).length === 0) {
    const deal = await findDealOrAsk(ctx, cmd.ref, chosenDealId);
    if (!deal) return;
    return ctx.openModal(
      updateFormView(deal, catalog, ctx.responseUrl ? { responseUrl: ctx.responseUrl } : {}, actor.lang),
    );
  }
  const deal = await findDealOrAsk(ctx, cmd.ref, chosenDealId);
  if (!deal) return;
  const parsed = parseFieldValues(cmd.fields, {
    now: services.clock.now(),
    timezone: actor.timezone,
    lang: actor.lang,
    defaultCurrency: deal.currency,
  });
  if (!parsed.ok)
    return ctx.reply(invalidMessage(renderProblems(actor.lang, parsed.problems), EXAMPLE, actor.lang));
  const request = requestFromFields(parsed.value, catalog);
  if (!request.ok) return replyUnreadFields(ctx, request, EXAMPLE, deal.id);
  await changeAndReply(ctx, deal, request.value, parsed.value.interpretations.map(describeInterpretation));
}
