import { createDeal } from "../../domain/deals/create-deal.js";
import { requestFromFields } from "../../domain/deals/request-from-fields.js";
import { renderProblems } from "../../i18n/problem.js";
import { withDirectory } from "../../notify/directory.js";
import { refreshHomes } from "../../notify/publish-home.js";
import type { DealCommand } from "../../parse/deal-command.js";
import { describeInterpretation, parseFieldValues } from "../../parse/field-values.js";
import { changeMessage, fieldErrorsMessage, invalidMessage } from "../views/change-message.js";
import { dealFormView } from "../views/deal-form.js";
import { refusalText } from "../views/refusal.js";
import { tellIfSavedEarlier } from "./after-change.js";
import type { CommandContext } from "./context.js";
import { replyUnreadFields } from "./stage-choice.js";

const EXAMPLE = "/deal new Acme Corp amount 12k stage proposal close next friday";

/** `/deal new <name> [field value]...`: creates the deal, or opens the form prefilled when something required is missing. */
export async function newCommand(
  ctx: CommandContext,
  cmd: Extract<DealCommand, { kind: "new" }>,
): Promise<void> {
  const { actor, settings, catalog, services } = ctx;
  const parsed = parseFieldValues(cmd.fields, {
    now: services.clock.now(),
    timezone: actor.timezone,
    lang: actor.lang,
    defaultCurrency: settings.currency,
  });
  if (!parsed.ok)
    return ctx.reply(invalidMessage(renderProblems(actor.lang, parsed.problems), EXAMPLE, actor.lang));
  const request = requestFromFields(parsed.value, catalog);
  if (!request.ok) return replyUnreadFields(ctx, request, EXAMPLE);

  const r = request.value;
  if (r.amountMinor === undefined || r.closeOn === undefined) {
    return ctx.openModal(
      dealFormView({
        mode: "create",
        catalog,
        values: {
          ...r,
          currency: r.currency ?? settings.currency,
          ownerId: r.ownerId ?? actor.id,
          stageId: r.stageId ?? catalog.stages.find((s) => s.kind === "open")?.id,
        },
        metadata: ctx.responseUrl ? { responseUrl: ctx.responseUrl } : {},
        lang: actor.lang,
      }),
    );
  }

  const outcome = await createDeal(withDirectory(services), {
    actor,
    request: r,
    source: "command",
    requestKey: ctx.requestKey,
    currency: settings.currency,
  });
  if (outcome.kind === "invalid") return ctx.reply(fieldErrorsMessage(outcome.errors, actor.lang));
  if (outcome.kind === "refused")
    return ctx.reply(invalidMessage([refusalText(outcome.refusal, actor.lang)], undefined, actor.lang));
  if (outcome.kind === "duplicate") return tellIfSavedEarlier(ctx.reply, ctx.services.work);
  await ctx.reply(
    changeMessage({
      kind: "created",
      deal: outcome.deal,
      changes: outcome.changes,
      eventId: outcome.eventId,
      catalog,
      interpretations: parsed.value.interpretations.map(describeInterpretation),
      lang: actor.lang,
    }),
  );
  await refreshHomes(services, [...new Set([actor.id, outcome.deal.ownerId])]);
}
