import { jobs } from "../jobs/registry.js";

export function usage(): string {
  const jobLines = jobs.map((j) => `    ${j.id.padEnd(20)} ${j.description}`).join("\n");
  return `Dealbot: your sales pipeline, run from Slack.

Usage: dealbot <command> [options]   (in this checkout: npx dealbot ...)

Commands:
  start                      Apply migrations, connect to Slack and serve (HTTP or Socket Mode),
                             run the scheduler. Stops cleanly on SIGTERM/SIGINT.
  migrate                    Apply pending database migrations and exit.
  run-job <job> [--at <ISO>] Run one scheduled job as of that time (default: now) and exit.
                             A period that already ran is not run again.
  preview digest [--at <ISO>] [--json] [--chart <file.png>]
                             Print the funnel digest as text (or Block Kit JSON) without posting.
  status                     Print the last run of each job and the deliveries that failed in the
                             last 7 days (exit 1 when something waits for a retry).
  seed-demo                  Fill an empty database with a demo team and a year of history.
  import quotas <file.csv>   Set quotas from a CSV file (subject,amount,period); bad rows are reported.
  import contacts <file.csv> Add customer contacts (columns: name, email, account, language, slack)
                             and print which rows were accepted and which refused, and why.
  import deals <file.csv> [--dry-run] [--stage-map "Their stage=Our stage,..."] [--events <file.csv>]
                             [--date-order dmy|mdy]
                             Import a pipeline (canonical columns, or a Pipedrive, HubSpot or Salesforce
                             export as is). Bad rows are reported by line and column; the good ones are
                             imported. A re-import updates by the source id and adds nothing new.
  import activities <file.csv> [--dry-run]
                             Import calls, meetings, emails, demos and tasks (id,type,direction,deal,owner,at,note).
  export deals|events|contacts|nps [--format csv|json] [--out <file>]
                             Write the data out (stdout by default): names and ids, amounts as decimals.
  --help                     Show this help.

Jobs:
${jobLines}

Configuration comes from the environment and .env; see .env.example and the README.
`;
}
