import { ConfigError } from "../config/config.js";
import { MigrationError } from "../db/migrate.js";
import { isAppError } from "../errors.js";
import { parseArgs, UsageError } from "./args.js";
import type { Process } from "./bootstrap.js";
import { exportCommand } from "./export.js";
import { usage } from "./help.js";
import { importContactsCommand } from "./import-contacts.js";
import { importStreamCommand } from "./import-deals.js";
import { importCommand } from "./import-quotas.js";
import { migrateCommand } from "./migrate.js";
import { previewCommand } from "./preview.js";
import { runJobCommand } from "./run-job.js";
import { seedDemoCommand } from "./seed-demo.js";
import { startCommand } from "./start.js";
import { statusCommand } from "./status.js";

/** Runs one CLI invocation; resolves with the process exit code. Expected failures print a message, not a stack. */
export async function runCli(argv: string[], proc: Process, signals: NodeJS.EventEmitter): Promise<number> {
  const args = parseArgs(argv);
  try {
    if (args.flags.help || args.command === "help" || args.command === undefined) {
      proc.stdout.write(usage());
      return args.command === undefined && !args.flags.help ? 2 : 0;
    }
    switch (args.command) {
      case "start":
        return await startCommand(proc, signals);
      case "migrate":
        return await migrateCommand(proc);
      case "run-job":
        return await runJobCommand(proc, args.positional[0], args.flags.at);
      case "preview":
        return await previewCommand(proc, args.positional[0], args.flags);
      case "status":
        return await statusCommand(proc);
      case "seed-demo":
        return await seedDemoCommand(proc);
      case "import":
        if (args.positional[0] === "deals" || args.positional[0] === "activities")
          return await importStreamCommand(proc, args.positional[0], args.positional[1], args.flags);
        if (args.positional[0] === "contacts")
          return await importContactsCommand(proc, args.positional[0], args.positional[1]);
        return await importCommand(proc, args.positional[0], args.positional[1]);
      case "export":
        return await exportCommand(proc, args.positional[0], args.flags);
      default:
        throw new UsageError(`Unknown command "${args.command}".`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      proc.stderr.write(`dealbot: ${error.message}\n\n${usage()}`);
      return 2;
    }
    if (error instanceof ConfigError || error instanceof MigrationError || isAppError(error)) {
      proc.stderr.write(`dealbot: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}
