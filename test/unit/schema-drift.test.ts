import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { providers, schemaHeader, schemaPath } from "../../prisma/tools/providers.js";

// One set of models serves every provider. These checks fail when a provider's
// schema or migrations drift from prisma/models.prisma.
describe("database schema", () => {
  it("each provider schema is exactly the shared models behind its header", () => {
    const models = readFileSync("prisma/models.prisma", "utf8");
    for (const provider of providers) {
      expect(
        readFileSync(schemaPath(provider), "utf8"),
        `${schemaPath(provider)}: run npm run db:schema`,
      ).toBe(schemaHeader(provider) + models);
    }
  });

  it("the models declare no provider-specific column types", () => {
    const models = readFileSync("prisma/models.prisma", "utf8");
    expect(models).not.toMatch(/@db\./);
    // Money is never a float.
    expect(models).not.toMatch(/\b(Float|Decimal)\b/);
  });

  it("every provider's migrations reach the current models", () => {
    const result = spawnSync(
      process.execPath,
      ["--import", "tsx", "prisma/tools/new-migration.ts", "--check"],
      {
        encoding: "utf8",
        timeout: 60_000,
      },
    );
    expect(result.stderr, result.stdout).not.toMatch(/has changes with no migration/);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("sqlite: no changes");
    expect(result.stdout).toContain("postgresql: no changes");
  }, 60_000);
});
