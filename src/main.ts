// The entry point, and the only module with side effects: it reads the
// process's arguments and environment, runs the command, and exits.
import { runCli } from "./cli/run-cli.js";

const proc = { env: process.env, cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr };

runCli(process.argv.slice(2), proc, process).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error("dealbot: unexpected error:", error);
    process.exitCode = 1;
  },
);
