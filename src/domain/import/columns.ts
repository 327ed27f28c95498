/**
 * Maps a CSV header row to canonical column names. Headers are matched
 * case-insensitively, with spaces, underscores and dashes alike, and a leading
 * "Deal - " (Pipedrive's export prefix) ignored. Several headers may map to
 * one column (Pipedrive's "Won time" and "Lost time" are both `closed_at`): a
 * row takes the first non-empty one.
 */
export function headerKey(header: string): string {
  return header
    .trim()
    .toLowerCase()
    .replace(/^deal\s+-\s+/, "")
    .replace(/[\s_-]+/g, " ")
    .replace(/\s*\(.*\)$/, "")
    .trim();
}

export type ColumnMap<C extends string> = Readonly<Record<string, C>>;

export interface MappedHeader<C extends string> {
  /** For each canonical column, the indexes of the cells that feed it, in order. */
  indexes: Map<C, number[]>;
  /** The header as written, per index (to name a column in a refusal). */
  names: string[];
  unknown: string[];
}

export function mapHeader<C extends string>(header: string[], aliases: ColumnMap<C>): MappedHeader<C> {
  const indexes = new Map<C, number[]>();
  const unknown: string[] = [];
  header.forEach((name, i) => {
    const column = aliases[headerKey(name)];
    if (!column) {
      if (name.trim()) unknown.push(name);
      return;
    }
    indexes.set(column, [...(indexes.get(column) ?? []), i]);
  });
  return { indexes, names: header, unknown };
}

/** The row's value for a canonical column (first non-empty cell feeding it), trimmed; "" when none. */
export function cell<C extends string>(mapped: MappedHeader<C>, cells: string[], column: C): string {
  for (const i of mapped.indexes.get(column) ?? []) {
    const v = cells[i]?.trim();
    if (v) return v;
  }
  return "";
}

/** The header a column was read from, as the file wrote it (for messages). */
export function headerName<C extends string>(mapped: MappedHeader<C>, cells: string[], column: C): string {
  const indexes = mapped.indexes.get(column) ?? [];
  const used = indexes.find((i) => cells[i]?.trim()) ?? indexes[0];
  return used === undefined ? column : (mapped.names[used] ?? column);
}

export type DealColumn =
  | "id"
  | "name"
  | "account"
  | "owner"
  | "amount"
  | "currency"
  | "stage"
  | "close_date"
  | "created_at"
  | "closed_at"
  | "loss_reason"
  | "loss_note"
  | "status"
  | "next_step"
  | "probability"
  | "forecast"
  | "segment";

/** Canonical names, and the column names of Pipedrive, HubSpot and Salesforce deal exports. */
export const DEAL_COLUMNS: ColumnMap<DealColumn> = {
  id: "id",
  "deal id": "id",
  "record id": "id",
  "opportunity id": "id",
  name: "name",
  title: "name",
  "deal name": "name",
  "opportunity name": "name",
  account: "account",
  organization: "account",
  organisation: "account",
  "organization name": "account",
  "associated company": "account",
  "account name": "account",
  company: "account",
  owner: "owner",
  "deal owner": "owner",
  "opportunity owner": "owner",
  "owner email": "owner",
  amount: "amount",
  value: "amount",
  "deal value": "amount",
  currency: "currency",
  "amount currency": "currency",
  "opportunity currency": "currency",
  "currency of value": "currency",
  stage: "stage",
  "deal stage": "stage",
  "pipeline stage": "stage",
  "close date": "close_date",
  "expected close date": "close_date",
  "created at": "created_at",
  "deal created": "created_at",
  "create date": "created_at",
  "created date": "created_at",
  "add time": "created_at",
  "closed at": "closed_at",
  "won time": "closed_at",
  "lost time": "closed_at",
  "close time": "closed_at",
  "loss reason": "loss_reason",
  "lost reason": "loss_reason",
  "closed lost reason": "loss_reason",
  "loss note": "loss_note",
  status: "status",
  "next step": "next_step",
  probability: "probability",
  "deal probability": "probability",
  forecast: "forecast",
  "forecast category": "forecast",
  segment: "segment",
};

export type EventColumn = "id" | "at" | "stage" | "kind";
export const EVENT_COLUMNS: ColumnMap<EventColumn> = {
  id: "id",
  "deal id": "id",
  at: "at",
  date: "at",
  time: "at",
  stage: "stage",
  "to stage": "stage",
  kind: "kind",
};

export type ActivityColumn = "id" | "type" | "direction" | "deal" | "owner" | "at" | "note";
export const ACTIVITY_COLUMNS: ColumnMap<ActivityColumn> = {
  id: "id",
  "activity id": "id",
  type: "type",
  "activity type": "type",
  direction: "direction",
  deal: "deal",
  "deal id": "deal",
  owner: "owner",
  rep: "owner",
  "assigned to user": "owner",
  user: "owner",
  at: "at",
  date: "at",
  "due date": "at",
  note: "note",
  subject: "note",
  notes: "note",
};
