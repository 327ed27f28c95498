import { describe, expect, it } from "vitest";
import type { CatalogStage } from "../../../src/db/catalog.js";
import { checkTimezone } from "../../../src/domain/admin/check-timezone.js";
import { planTeamSettings } from "../../../src/domain/admin/plan-team-settings.js";
import { slugKey } from "../../../src/domain/admin/slug-key.js";
import type { TeamSettingsInput } from "../../../src/domain/admin/team-settings-input.js";

const STAGES: CatalogStage[] = [
  { id: 1, key: "lead", name: "Lead", probability: 10, position: 1, kind: "open", active: true },
  { id: 2, key: "won", name: "Won", probability: 100, position: 2, kind: "won", active: true },
  { id: 3, key: "lost", name: "Lost", probability: 0, position: 3, kind: "lost", active: true },
];
const CURRENT = {
  stages: STAGES,
  openDeals: new Map<number, number>(),
  lossReasons: [{ id: 1, key: "price", label: "Price", position: 1, active: true }],
  members: [],
};
const INPUT: TeamSettingsInput = {
  timezone: "Europe/Helsinki",
  currency: "EUR",
  digestChannels: ["C1", "C2", "C1"],
  alertsChannel: "C3",
  npsChannel: null,
  stagesText: "Lead: 10%",
  lossReasonsText: "Price",
  managerIds: [],
  repsByManager: {},
};
const plan = (input: Partial<TeamSettingsInput>) => planTeamSettings({ ...INPUT, ...input }, CURRENT);

describe("checkTimezone", () => {
  it.each([
    ["Europe/Helsinki", "Europe/Helsinki"],
    ["  europe/helsinki ", "Europe/Helsinki"],
    ["UTC", "UTC"],
    ["utc", "UTC"],
    ["America/Argentina/Buenos_Aires", "America/Argentina/Buenos_Aires"],
    ["Etc/GMT+3", "Etc/GMT+3"],
  ])("accepts %j as %j", (text, zone) => {
    expect(checkTimezone(text)).toEqual({ ok: true, value: zone });
  });

  it.each(["Mars/Olympus", "Helsinki", "UTC+3", "+03:00", "local", "system", "Europe/Helsinki x", "GMT+25"])(
    "refuses %j with an example",
    (text) => {
      expect(checkTimezone(text)).toMatchObject({
        ok: false,
        error: `"${text}" is not a timezone I know. Use an IANA name, e.g. Europe/Helsinki or America/New_York.`,
      });
    },
  );

  it("asks for a timezone when empty", () => {
    expect(checkTimezone("  ")).toMatchObject({
      ok: false,
      error: expect.stringContaining("Europe/Helsinki"),
    });
  });
});

describe("slugKey", () => {
  it.each([
    ["Demo booked", "demo-booked"],
    ["  Über Demo!! ", "uber-demo"],
    ["Price & terms", "price-terms"],
    ["日本", "stage"],
    ["x".repeat(60), "x".repeat(40)],
  ])("%j → %j", (name, key) => {
    expect(slugKey(name, new Set(), "stage")).toBe(key);
  });

  it("adds -2, -3 to a taken key", () => {
    expect(slugKey("Demo", new Set(["demo"]), "stage")).toBe("demo-2");
    expect(slugKey("Demo", new Set(["demo", "demo-2"]), "stage")).toBe("demo-3");
  });
});

describe("planTeamSettings", () => {
  it("writes the workspace row from a valid form", () => {
    const result = plan({ currency: " usd " });
    expect(result.ok && result.writes.workspace).toEqual({
      timezone: "Europe/Helsinki",
      currency: "USD",
      digestChannels: "C1,C2",
      alertsChannel: "C3",
      npsChannel: null,
    });
    expect(result.ok && result.summary).toMatchObject({
      openStages: [{ name: "Lead", probability: 10 }],
      lossReasons: ["Price"],
      digestChannels: ["C1", "C2"],
    });
  });

  it("saves no digest channel as an empty list, not as 'use the default'", () => {
    const result = plan({ digestChannels: [] });
    expect(result.ok && result.writes.workspace.digestChannels).toBe("");
  });

  it.each([
    ["", "Give an ISO 4217 currency code"],
    ["EURO", '"EURO" is not an ISO 4217 currency code'],
    ["XYZ", '"XYZ" is not an ISO 4217 currency code'],
    ["€", '"€" is not an ISO 4217 currency code'],
    ["E1R", '"E1R" is not'],
  ])("refuses the currency %j", (currency, message) => {
    const result = plan({ currency });
    expect(result).toMatchObject({
      ok: false,
      problems: [{ field: "currency", message: expect.stringContaining(message) }],
    });
    expect(!result.ok && result.problems[0]?.message).toContain("e.g. EUR");
  });

  it("reports a problem in every field at once", () => {
    const result = plan({
      timezone: "Nowhere/Land",
      currency: "ABC",
      stagesText: "Lead: 120",
      lossReasonsText: "",
      managerIds: ["UX"],
      repsByManager: { UX: ["UX"] },
    });
    expect(!result.ok && result.problems.map((p) => p.field)).toEqual([
      "timezone",
      "currency",
      "stages",
      "lossReasons",
      "reps",
    ]);
  });

  it("plans stages only from lines that parse", () => {
    const result = plan({ stagesText: "Won: 100" });
    expect(!result.ok && result.problems).toMatchObject([
      {
        field: "stages",
        message: '"Won" is the won stage, which is always there: leave it out of this list.',
      },
    ]);
  });
});
