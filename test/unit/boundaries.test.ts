import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import { describe, expect, it } from "vitest";

// Each concern has one home, and these tests keep it so: the domain knows nothing of
// Slack, listeners reach the database only through the domain, and only the data
// layer touches Prisma. They read every import of every source file.

interface Import {
  file: string;
  /** The import as written. */
  spec: string;
  /** For a relative import, the path it points to (from the repository root); else the package. */
  target: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return path === join("src", "generated") ? [] : sourceFiles(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

const importPattern =
  /(?:^|[\s;])(?:import|export)\s[^;]*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;

function importsOf(file: string): Import[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(importPattern)].map((match) => {
    const spec = (match[1] ?? match[2])!;
    const target = spec.startsWith(".") ? normalize(join(dirname(file), spec)) : spec;
    return { file, spec, target };
  });
}

const all = sourceFiles("src").flatMap(importsOf);
const from = (folder: string) => all.filter((i) => i.file.startsWith(`${folder}/`));
const describeImport = (i: Import) => `${i.file} imports ${i.spec}`;

describe("module boundaries", () => {
  it("finds the imports it checks", () => {
    expect(from("src/domain").length).toBeGreaterThan(50);
    expect(from("src/slack/listeners").length).toBeGreaterThan(50);
  });

  it("src/domain imports nothing from slack/ or @slack/*", () => {
    const bad = from("src/domain").filter(
      (i) => i.target.startsWith("src/slack/") || i.target.startsWith("@slack/"),
    );
    expect(bad.map(describeImport)).toEqual([]);
  });

  it("src/domain never calls src/notify: it returns plans (or takes a port) and its callers send", () => {
    const bad = from("src/domain").filter((i) => i.target.startsWith("src/notify/"));
    expect(bad.map(describeImport)).toEqual([]);
  });

  it("src/jobs are declarations: rendering and sending go through src/notify", () => {
    const bad = from("src/jobs").filter(
      (i) => i.target.startsWith("src/slack/") || i.target.startsWith("@slack/"),
    );
    expect(bad.map(describeImport)).toEqual([]);
  });

  it("src/slack/listeners reach the database only through the domain", () => {
    const bad = from("src/slack/listeners").filter((i) => i.target.startsWith("src/db/"));
    expect(bad.map(describeImport)).toEqual([]);
  });

  it("only src/db imports the generated Prisma client", () => {
    const bad = all.filter(
      (i) =>
        (i.target.startsWith("src/generated/") || i.target.startsWith("@prisma/")) &&
        !i.file.startsWith("src/db/"),
    );
    expect(bad.map(describeImport)).toEqual([]);
  });

  it("the data layer knows nothing of Slack or the domain", () => {
    const bad = from("src/db").filter(
      (i) =>
        i.target.startsWith("src/slack/") ||
        i.target.startsWith("src/notify/") ||
        i.target.startsWith("src/domain/") ||
        i.target.startsWith("@slack/"),
    );
    expect(bad.map(describeImport)).toEqual([]);
  });
});
