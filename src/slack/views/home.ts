import type { HomeView } from "@slack/types";
import { context, header, section } from "../blocks.js";
import { escapeMrkdwn } from "../mrkdwn.js";

/** The App Home tab shown before the user has any deals. */
export function welcomeHomeView(name: string): HomeView {
  return {
    type: "home",
    blocks: [
      header("Your pipeline"),
      section(
        `Hi ${escapeMrkdwn(name)}! You have no open deals yet. Create one from any channel with ` +
          "`/deal new Acme Corp amount 12k close next friday`.",
      ),
      context("Type `/deal help` for everything Dealbot can do."),
    ],
  };
}
