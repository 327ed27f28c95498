import type { TeamMember, TeamWrite } from "../../db/users.js";
import { sentence } from "./admin-sentences.js";
import { type AdminProblem, adminProblem } from "./team-settings-input.js";

export type TeamPlan =
  | { ok: true; writes: TeamWrite[]; teams: { managerId: string; repIds: string[] }[] }
  | { ok: false; problems: AdminProblem[] };

/**
 * From the managers and the reps picked under each to role and manager
 * changes. Selected managers become managers (admins stay admins); managers no
 * longer selected become reps. A rep picked under a manager reports to them;
 * someone no longer picked under anyone has no manager, except in the team of
 * a selected manager whose box was not shown, which stays as it is.
 */
export function planTeamChanges(input: {
  managerIds: string[];
  repsByManager: Readonly<Record<string, string[]>>;
  members: TeamMember[];
}): TeamPlan {
  const byId = new Map(input.members.map((m) => [m.id, m]));
  const name = (id: string) => byId.get(id)?.name ?? id;
  const selected = [...new Set(input.managerIds)];
  const isSelected = new Set(selected);
  const shown = new Set(selected.filter((m) => input.repsByManager[m] !== undefined));
  const problems: AdminProblem[] = [];

  const pickedUnder = new Map<string, string>();
  for (const managerId of shown) {
    for (const repId of new Set(input.repsByManager[managerId])) {
      const other = pickedUnder.get(repId);
      if (repId === managerId)
        problems.push(
          adminProblem("reps", [sentence("admin.problem.team.ownRep", { name: name(managerId) })], managerId),
        );
      else if (other)
        problems.push(
          adminProblem(
            "reps",
            [sentence("admin.problem.team.twoManagers", { rep: name(repId), manager: name(other) })],
            managerId,
          ),
        );
      else pickedUnder.set(repId, managerId);
    }
  }

  const managerOf = (id: string): string | null => {
    const picked = pickedUnder.get(id);
    if (picked) return picked;
    const current = byId.get(id)?.managerId ?? null;
    return current && isSelected.has(current) && !shown.has(current) ? current : null;
  };
  problems.push(...circles(selected, managerOf, shown, name));
  if (problems.length > 0) return { ok: false, problems };

  const writes = new Map<string, TeamWrite>();
  const write = (id: string, change: Omit<TeamWrite, "id">) =>
    writes.set(id, { ...writes.get(id), id, ...change });
  for (const id of selected) {
    const role = byId.get(id)?.role;
    if (role !== "manager" && role !== "admin") write(id, { role: "manager" });
  }
  for (const member of input.members) {
    if (member.role === "manager" && !isSelected.has(member.id)) write(member.id, { role: "rep" });
  }
  const people = new Set([...byId.keys(), ...pickedUnder.keys(), ...selected]);
  for (const id of people) {
    const managerId = managerOf(id);
    if ((byId.get(id)?.managerId ?? null) !== managerId) write(id, { managerId });
  }
  const teams = selected.map((managerId) => ({
    managerId,
    repIds: [...people].filter((id) => managerOf(id) === managerId),
  }));
  return { ok: true, writes: [...writes.values()], teams };
}

/** Managers who would report to each other in a circle (A under B under A), one problem per circle. */
function circles(
  managers: string[],
  managerOf: (id: string) => string | null,
  shown: ReadonlySet<string>,
  name: (id: string) => string,
): AdminProblem[] {
  const problems: AdminProblem[] = [];
  const reported = new Set<string>();
  for (const start of managers) {
    const path: string[] = [start];
    for (let next = managerOf(start); next && path.length <= managers.length; next = managerOf(next)) {
      if (next === start) {
        const key = [...path].sort().join(",");
        if (reported.has(key)) break;
        reported.add(key);
        const where = path.find((id) => shown.has(id));
        problems.push(
          adminProblem(
            where ? "reps" : "managers",
            [sentence("admin.problem.team.circle", undefined, path.map(name))],
            where,
          ),
        );
        break;
      }
      if (path.includes(next)) break;
      path.push(next);
    }
  }
  return problems;
}
