// Every callback, action and block id, defined once and imported by both the
// view builders and the listeners.

export const COMMAND = "/deal";

export const ACTIONS = {
  homeRefresh: "home.refresh",
} as const;

export const VIEWS = {} as const;
