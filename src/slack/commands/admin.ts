import { loadManagerTeams } from "../../domain/admin/load-manager-teams.js";
import { t } from "../../i18n/t.js";
import { withDirectory } from "../../notify/directory.js";
import type { DealCommand } from "../../parse/deal-command.js";
import { adminFormValues, adminFormView } from "../views/admin-form.js";
import { notice } from "../views/change-message.js";
import { adminQuotaCommand } from "./admin-quota.js";
import type { CommandContext } from "./context.js";

/** `/deal admin`: the team settings modal, for admins, prefilled with the settings in effect. */
export async function adminCommand(
  ctx: CommandContext,
  cmd: Extract<DealCommand, { kind: "admin" }>,
): Promise<void> {
  if (ctx.actor.role !== "admin") {
    return ctx.reply(notice(t(ctx.actor.lang, "admin.form.adminsOnly")));
  }
  const quota = /^quota(?:\s+|$)(.*)$/is.exec(cmd.args.trim());
  if (quota) return adminQuotaCommand(ctx, quota[1] ?? "");
  const managers = await loadManagerTeams(withDirectory(ctx.services));
  return ctx.openModal(
    adminFormView({
      values: adminFormValues(ctx.settings, ctx.catalog, managers),
      metadata: ctx.responseUrl ? { responseUrl: ctx.responseUrl } : {},
      lang: ctx.actor.lang,
    }),
  );
}
