import { renderProblem } from "../../i18n/problem.js";
import type { DealCommand } from "../../parse/deal-command.js";
import { invalidMessage } from "../views/change-message.js";
import { helpMessage } from "../views/help.js";
import { adminCommand } from "./admin.js";
import { awayCommand } from "./away.js";
import { contactAddCommand, contactListCommand } from "./contact.js";
import type { CommandContext } from "./context.js";
import { digestCommand } from "./digest.js";
import { forecastCommand } from "./forecast.js";
import { forecastTeamCommand } from "./forecast-team.js";
import { languageCommand } from "./language.js";
import { listCommand } from "./list.js";
import { accountSegmentCommand, logCommand } from "./log.js";
import { lostCommand } from "./lost.js";
import { newCommand } from "./new.js";
import { npsSendCommand } from "./nps.js";
import { showCommand } from "./show.js";
import { snoozeCommand } from "./snooze.js";
import { statsCommand } from "./stats.js";
import { undoCommand } from "./undo.js";
import { updateCommand } from "./update.js";
import { wonCommand } from "./won.js";

/** Runs one parsed /deal command. `chosenDealId` is set when the user picked the deal from a chooser. */
export async function runDealCommand(
  ctx: CommandContext,
  cmd: DealCommand,
  chosenDealId?: number,
): Promise<void> {
  switch (cmd.kind) {
    case "new":
      return newCommand(ctx, cmd);
    case "update":
      return updateCommand(ctx, cmd, chosenDealId);
    case "list":
      return listCommand(ctx, cmd);
    case "show":
      return showCommand(ctx, cmd, chosenDealId);
    case "won":
      return wonCommand(ctx, cmd, chosenDealId);
    case "lost":
      return lostCommand(ctx, cmd, chosenDealId);
    case "undo":
      return undoCommand(ctx);
    case "away":
      return awayCommand(ctx, cmd);
    case "snooze":
      return snoozeCommand(ctx, cmd, chosenDealId);
    case "digest":
      return digestCommand(ctx, cmd);
    case "forecast":
      return forecastCommand(ctx, cmd);
    case "forecast-team":
    case "forecast-call":
      return forecastTeamCommand(ctx, cmd);
    case "stats":
      return statsCommand(ctx, cmd);
    case "admin":
      return adminCommand(ctx, cmd);
    case "contact-add":
      return contactAddCommand(ctx, cmd);
    case "contact-list":
      return contactListCommand(ctx, cmd);
    case "nps-send":
      return npsSendCommand(ctx, cmd);
    case "language":
      return languageCommand(ctx, cmd);
    case "log":
      return logCommand(ctx, cmd, chosenDealId);
    case "account-segment":
      return accountSegmentCommand(ctx, cmd);
    case "help":
      return ctx.reply(helpMessage(ctx.actor.lang, cmd.unknown));
    case "invalid":
      return ctx.reply(
        invalidMessage([renderProblem(ctx.actor.lang, cmd.problem)], undefined, ctx.actor.lang),
      );
    default:
      return assertNever(cmd);
  }
}

/** Whether the command may answer with a form (a modal), which must open within 3 s of the command. */
export function mayOpenForm(cmd: DealCommand): boolean {
  switch (cmd.kind) {
    case "new":
    case "admin":
      return true;
    case "update":
      return Object.keys(cmd.fields).length === 0;
    case "lost":
      return !cmd.reason;
    default:
      return false;
  }
}

function assertNever(value: never): never {
  throw new Error(`unhandled /deal command: ${JSON.stringify(value)}`);
}
