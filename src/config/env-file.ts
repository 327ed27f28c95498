import { existsSync, readFileSync } from "node:fs";
import { parseEnv } from "node:util";

/**
 * Reads a .env file into a copy of `env`. Variables already set in the real
 * environment win over the file, as with every dotenv tool.
 */
export function withEnvFile(
  env: Record<string, string | undefined>,
  path: string,
): Record<string, string | undefined> {
  if (!existsSync(path)) return { ...env };
  const fromFile = parseEnv(readFileSync(path, "utf8")) as Record<string, string>;
  return { ...fromFile, ...env };
}
