// The entry point, and the only module with side effects: it reads the
// process's arguments and environment, runs the command, and exits.
import { runCli } from "./cli/run-cli.js";

const proc = { env: process.env, cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr };

/** Once the command is done, the process exits even if a connection or a timer is still open. */
const exit = (code: number) => {
  process.exitCode = code;
  setTimeout(() => process.exit(code), 1000).unref();
};

runCli(process.argv.slice(2), proc, process).then(exit, (error: unknown) => {
  console.error("dealbot: unexpected error:", error);
  exit(1);
});
