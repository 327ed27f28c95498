import { isAbsolute, resolve } from "node:path";

/** Where the data lives, decided once from DATABASE_URL. */
export type DatabaseTarget =
  | {
      provider: "sqlite";
      file: string;
      /**
       * When a commit reaches the disk (PRAGMA synchronous). "normal" (the default): a commit
       * survives the process crashing or being killed (-9, OOM), not a power cut or OS crash in
       * the moment after it; no fsync per commit. "full": every commit is fsynced first.
       */
      synchronous?: "normal" | "full";
    }
  | { provider: "postgresql"; url: string };

export const DEFAULT_SQLITE_FILE = "./data/dealbot.db";

/**
 * Unset → the embedded SQLite file ./data/dealbot.db; `file:...` → SQLite;
 * `postgres://` or `postgresql://` → PostgreSQL. Relative SQLite paths are
 * resolved against `cwd`.
 */
export function resolveDatabaseTarget(url: string | undefined, cwd = process.cwd()): DatabaseTarget {
  const value = url?.trim() || `file:${DEFAULT_SQLITE_FILE}`;
  if (/^postgres(ql)?:\/\//i.test(value)) return { provider: "postgresql", url: value };
  if (value.startsWith("file:")) {
    const path =
      value
        .slice("file:".length)
        .replace(/^\/\/(?=\/)/, "")
        .split("?")[0] ?? "";
    if (!path) throw new Error("DATABASE_URL file: needs a path, e.g. file:./data/dealbot.db");
    return { provider: "sqlite", file: isAbsolute(path) ? path : resolve(cwd, path) };
  }
  throw new Error(
    "DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL), e.g. file:./data/dealbot.db",
  );
}

/** The URL without its password, for logs and messages. */
export function describeTarget(target: DatabaseTarget): string {
  if (target.provider === "sqlite") return `SQLite ${target.file}`;
  try {
    const u = new URL(target.url);
    if (u.password) u.password = "***";
    return `PostgreSQL ${u.toString()}`;
  } catch {
    return "PostgreSQL";
  }
}
