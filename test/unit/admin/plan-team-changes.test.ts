import { describe, expect, it } from "vitest";
import type { TeamMember } from "../../../src/db/users.js";
import { planTeamChanges } from "../../../src/domain/admin/plan-team-changes.js";

const member = (
  id: string,
  role: TeamMember["role"] = "rep",
  managerId: string | null = null,
): TeamMember => ({
  id,
  name: id.charAt(1) + id.slice(2).toLowerCase(),
  role,
  managerId,
});
// Meg manages Ann and Bob; Ada is an admin; Cy has no manager yet.
const TEAM = [
  member("UMEG", "manager"),
  member("UANN", "rep", "UMEG"),
  member("UBOB", "rep", "UMEG"),
  member("UADA", "admin"),
  member("UCY"),
];
const plan = (managerIds: string[], repsByManager: Record<string, string[]>, members = TEAM) =>
  planTeamChanges({ managerIds, repsByManager, members });

describe("planTeamChanges", () => {
  it("changes nothing when the team is as saved", () => {
    expect(plan(["UMEG"], { UMEG: ["UANN", "UBOB"] })).toEqual({
      ok: true,
      writes: [],
      teams: [{ managerId: "UMEG", repIds: ["UANN", "UBOB"] }],
    });
  });

  it("makes a new manager, moves reps, and creates people Dealbot has not met", () => {
    const result = plan(["UMEG", "UCY"], { UMEG: ["UANN"], UCY: ["UBOB", "UNEW"] });
    expect(result).toEqual({
      ok: true,
      writes: [
        { id: "UCY", role: "manager" },
        { id: "UBOB", managerId: "UCY" },
        { id: "UNEW", managerId: "UCY" },
      ],
      teams: [
        { managerId: "UMEG", repIds: ["UANN"] },
        { managerId: "UCY", repIds: ["UBOB", "UNEW"] },
      ],
    });
  });

  it("turns a manager no longer selected into a rep and frees their reps", () => {
    expect(plan(["UCY"], { UCY: ["UANN"] })).toEqual({
      ok: true,
      writes: [
        { id: "UCY", role: "manager" },
        { id: "UMEG", role: "rep" },
        { id: "UANN", managerId: "UCY" },
        { id: "UBOB", managerId: null },
      ],
      teams: [{ managerId: "UCY", repIds: ["UANN"] }],
    });
  });

  it("keeps an admin an admin, with reps", () => {
    const result = plan(["UMEG", "UADA"], { UMEG: ["UANN", "UBOB"], UADA: ["UCY"] });
    expect(result.ok && result.writes).toEqual([{ id: "UCY", managerId: "UADA" }]);
  });

  it("creates a manager Dealbot has not met", () => {
    const result = plan(["UMEG", "UZED"], { UMEG: ["UANN", "UBOB"], UZED: [] });
    expect(result.ok && result.writes).toEqual([{ id: "UZED", role: "manager" }]);
  });

  it("leaves the team of a manager without a box as it is", () => {
    // Meg's box was not in the form (cut for space, or the form was not re-rendered yet).
    expect(plan(["UMEG", "UCY"], { UCY: [] })).toEqual({
      ok: true,
      writes: [{ id: "UCY", role: "manager" }],
      teams: [
        { managerId: "UMEG", repIds: ["UANN", "UBOB"] },
        { managerId: "UCY", repIds: [] },
      ],
    });
  });

  it("ignores the box of a manager no longer selected", () => {
    const result = plan(["UCY"], { UMEG: ["UANN"], UCY: [] });
    expect(result.ok && result.writes).toContainEqual({ id: "UANN", managerId: null });
  });

  it("lets a manager report to another manager", () => {
    const result = plan(["UMEG", "UADA"], { UMEG: ["UANN", "UBOB"], UADA: ["UMEG"] });
    expect(result.ok && result.writes).toEqual([{ id: "UMEG", managerId: "UADA" }]);
  });

  it.each([
    [
      "a rep under two managers",
      ["UMEG", "UCY"],
      { UMEG: ["UANN", "UBOB"], UCY: ["UANN"] },
      [
        {
          field: "reps",
          managerId: "UCY",
          message: "Ann is also picked under Meg: a rep has one manager, so pick them once.",
        },
      ],
    ],
    [
      "a manager as their own rep",
      ["UMEG"],
      { UMEG: ["UANN", "UMEG"] },
      [{ field: "reps", managerId: "UMEG", message: "Meg can't be their own rep." }],
    ],
    [
      "two managers under each other",
      ["UMEG", "UCY"],
      { UMEG: ["UCY"], UCY: ["UMEG"] },
      [
        {
          field: "reps",
          managerId: "UMEG",
          message: "Meg and Cy would manage each other in a circle: pick who reports to whom.",
        },
      ],
    ],
  ])("refuses %s", (_what, managers, reps, problems) => {
    expect(plan(managers, reps)).toMatchObject({ ok: false, problems });
  });

  it("finds longer circles", () => {
    const members = [...TEAM, member("UDAN", "manager")];
    const result = plan(["UMEG", "UCY", "UDAN"], { UMEG: ["UCY"], UCY: ["UDAN"], UDAN: ["UMEG"] }, members);
    expect(!result.ok && result.problems).toMatchObject([
      {
        field: "reps",
        managerId: "UMEG",
        message: "Meg, Dan and Cy would manage each other in a circle: pick who reports to whom.",
      },
    ]);
  });

  it("reports every problem at once, by box", () => {
    const result = plan(["UMEG", "UCY"], { UMEG: ["UMEG", "UANN"], UCY: ["UANN", "UCY"] });
    expect(!result.ok && result.problems.map((p) => p.managerId)).toEqual(["UMEG", "UCY", "UCY"]);
  });

  it("names people it does not know by id", () => {
    const result = plan(["UMEG", "UCY"], { UMEG: ["UANN", "UBOB", "UX1"], UCY: ["UX1"] });
    expect(!result.ok && result.problems[0]?.message).toContain("UX1 is also picked under Meg");
  });
});
