// Entries of a view's `state.values`, as Slack sends them in view_submission payloads:
// `{ [blockId]: { [actionId]: StateValue } }`. Slack sends null for an input left empty.

export interface StateOption {
  text: { type: "plain_text"; text: string; emoji: true };
  value: string;
}

export type StateValue =
  | { type: "plain_text_input"; value: string | null }
  | { type: "static_select"; selected_option: StateOption | null }
  | { type: "multi_static_select"; selected_options: StateOption[] }
  | { type: "datepicker"; selected_date: string | null }
  | { type: "users_select"; selected_user: string | null };

export type ViewState = Record<string, Record<string, StateValue>>;

function option(value: string, text?: string): StateOption {
  return { text: { type: "plain_text", text: text ?? value, emoji: true }, value };
}

export function plainTextValue(value: string | null): StateValue {
  return { type: "plain_text_input", value };
}

export function staticSelectValue(value: string | null, text?: string): StateValue {
  return { type: "static_select", selected_option: value === null ? null : option(value, text) };
}

export function multiStaticSelectValue(values: Array<string | { value: string; text?: string }>): StateValue {
  const selected = values.map((entry) =>
    typeof entry === "string" ? option(entry) : option(entry.value, entry.text),
  );
  return { type: "multi_static_select", selected_options: selected };
}

/** `date` is "YYYY-MM-DD", as the datepicker sends it. */
export function datePickerValue(date: string | null): StateValue {
  return { type: "datepicker", selected_date: date };
}

export function userSelectValue(userId: string | null): StateValue {
  return { type: "users_select", selected_user: userId };
}
