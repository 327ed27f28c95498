import { countDeals, listDeals } from "../../db/deals.js";
import { matchStage } from "../../domain/deals/match-stage.js";
import { staleDays } from "../../domain/deals/staleness.js";
import { formatDayRange } from "../../i18n/format.js";
import type { Lang } from "../../i18n/languages.js";
import { renderProblem } from "../../i18n/problem.js";
import { t } from "../../i18n/t.js";
import { type DayRange, parseDateRange, todayIn } from "../../parse/date.js";
import type { DealCommand } from "../../parse/deal-command.js";
import { invalidMessage } from "../views/change-message.js";
import { dealListMessage } from "../views/deal-list.js";
import { stageChooserMessage } from "../views/pickers.js";
import type { CommandContext } from "./context.js";

export const LIST_LIMIT = 30;

/** `/deal list [@user] [stage <s>] [closing <period>]`: open deals, by close month, stale ones marked. */
export async function listCommand(
  ctx: CommandContext,
  cmd: Extract<DealCommand, { kind: "list" }>,
): Promise<void> {
  const { services, actor, catalog, settings } = ctx;
  const now = services.clock.now();
  const problems: string[] = [];
  const stage = cmd.stage ? matchStage(catalog.stages, cmd.stage) : undefined;
  if (stage && !stage.ok) problems.push(renderProblem(actor.lang, stage.problem));
  const range = cmd.closing ? parseDateRange(cmd.closing, { now, timezone: actor.timezone }) : undefined;
  if (range && !range.ok) problems.push(renderProblem(actor.lang, range.problem));
  // Only the stage fits several: ask which (the click lists again with it).
  if (stage && !stage.ok && stage.candidates && problems.length === 1)
    return ctx.reply(
      stageChooserMessage({
        typed: cmd.stage ?? "",
        stages: stage.candidates,
        commandText: ctx.text,
        lang: actor.lang,
      }),
    );
  if (problems.length)
    return ctx.reply(
      invalidMessage(problems, "/deal list @ann stage proposal closing next month", actor.lang),
    );

  const ownerId = cmd.ownerId ?? actor.id;
  const filter = {
    ownerIds: [ownerId],
    status: "open" as const,
    ...(stage?.ok ? { stageId: stage.value.id } : {}),
    ...(range?.ok ? { closeFrom: range.value.from, closeTo: range.value.to } : {}),
  };
  const [deals, total] = await Promise.all([
    listDeals(services.db, filter, LIST_LIMIT),
    countDeals(services.db, filter),
  ]);
  const today = todayIn(actor.timezone, now);
  await ctx.reply(
    dealListMessage({
      ownerId,
      self: ownerId === actor.id,
      deals: deals.map((deal) => ({
        deal,
        stale: staleDays(deal, { now, today, staleAfterDays: settings.nudges.staleDays }),
      })),
      total,
      filters: [
        stage?.ok ? t(actor.lang, "list.filterStage", { stage: stage.value.name }) : "",
        range?.ok
          ? t(actor.lang, "list.filterClosing", { period: periodLabel(actor.lang, range.value) })
          : "",
      ].filter(Boolean),
      lang: actor.lang,
    }),
  );
}

/** The period a list is filtered on, as the reader's language writes it (English: the parser's label). */
function periodLabel(lang: Lang, range: DayRange): string {
  return lang === "en" ? range.label : formatDayRange(lang, range.from, range.to);
}
