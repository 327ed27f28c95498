import type { ActivityType } from "../../db/activities.js";

/** Activity types as people and CRMs write them (Pipedrive: Call, Meeting, Task, Deadline, Email, Lunch). */
const TYPES: Readonly<Record<string, ActivityType>> = {
  call: "call",
  calls: "call",
  phone: "call",
  "phone call": "call",
  meeting: "meeting",
  meetings: "meeting",
  lunch: "meeting",
  visit: "meeting",
  email: "email",
  "e-mail": "email",
  mail: "email",
  demo: "demo",
  presentation: "demo",
  task: "task",
  todo: "task",
  "to-do": "task",
  deadline: "task",
};

export function readActivityType(text: string): ActivityType | undefined {
  return TYPES[text.trim().toLowerCase()];
}

/** "in"/"inbound"/"incoming" → in; "out"/"outbound"/"outgoing" → out; empty → null; else undefined. */
export function readDirection(text: string): "in" | "out" | null | undefined {
  const t = text.trim().toLowerCase();
  if (!t) return null;
  if (["in", "inbound", "incoming", "received"].includes(t)) return "in";
  if (["out", "outbound", "outgoing", "made"].includes(t)) return "out";
  return undefined;
}
