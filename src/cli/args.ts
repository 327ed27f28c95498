/** A command line, parsed: `dealbot <command> [positional...] [--flag value | --switch]`. */
export interface ParsedArgs {
  command: string | undefined;
  positional: string[];
  flags: Record<string, string | true>;
}

export function parseArgs(argv: string[]): ParsedArgs {
  const positional: string[] = [];
  const flags: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "-h") {
      flags.help = true;
    } else if (arg.startsWith("--")) {
      const [name, inline] = arg.slice(2).split("=", 2) as [string, string | undefined];
      const next = argv[i + 1];
      if (inline !== undefined) flags[name] = inline;
      else if (next !== undefined && !next.startsWith("--")) {
        flags[name] = next;
        i++;
      } else flags[name] = true;
    } else positional.push(arg);
  }
  return { command: positional.shift(), positional, flags };
}

/** A usage error: printed with the usage, exit code 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

/** `--at <ISO-8601 time>`: a full date-time with an offset or Z, e.g. 2026-11-23T09:00:00+02:00. */
export function parseAt(value: string | true | undefined, now: Date): Date {
  if (value === undefined) return now;
  const iso = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2}))?$/;
  if (value === true || !iso.test(value) || Number.isNaN(Date.parse(value))) {
    throw new UsageError(
      `--at needs an ISO-8601 time with a timezone, e.g. --at 2026-11-23T09:00:00Z or --at 2026-11-23T09:00+02:00 (got ${value === true ? "nothing" : `"${value}"`})`,
    );
  }
  return new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
}
