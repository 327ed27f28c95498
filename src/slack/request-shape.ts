import { parse as parseQuery } from "node:querystring";

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Why a (signed) request body is not one Slack sends, or undefined when it is
 * one Dealbot can dispatch: a slash command, an interactivity payload with the
 * parts its type needs, an Events API callback, the URL handshake or an SSL check.
 * Bolt would crash on some of these (`payload=null` or a JSON `null` throw in its
 * receiver) and answer others with a 500 or a 404 after 3 s.
 */
export function malformedReason(contentType: string | undefined, raw: string): string | undefined {
  if (contentType === "application/x-www-form-urlencoded") {
    const form = parseQuery(raw);
    if (form.ssl_check === "1") return undefined;
    if (typeof form.command === "string") return undefined;
    if (typeof form.payload !== "string") return "a form body with neither command nor payload";
    let payload: unknown;
    try {
      payload = JSON.parse(form.payload);
    } catch {
      return "payload is not JSON";
    }
    return interactivityProblem(payload);
  }
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    return "the body is not JSON";
  }
  if (!isObject(body) || typeof body.type !== "string")
    return "a JSON body that is not an object with a type";
  if (body.type === "event_callback" && !(isObject(body.event) && typeof body.event.type === "string"))
    return "an event callback without an event";
  return undefined;
}

function interactivityProblem(payload: unknown): string | undefined {
  if (!isObject(payload) || typeof payload.type !== "string") return "payload is not an object with a type";
  switch (payload.type) {
    case "block_actions": {
      const actions = payload.actions;
      if (!Array.isArray(actions) || actions.length === 0) return "block_actions without actions";
      if (!actions.every((a) => isObject(a) && typeof a.action_id === "string"))
        return "an action without an action_id";
      if (!isObject(payload.user) || typeof payload.user.id !== "string")
        return "block_actions without a user";
      return undefined;
    }
    case "view_submission":
    case "view_closed":
      if (!isObject(payload.view) || typeof payload.view.callback_id !== "string")
        return `${payload.type} without a view`;
      if (!isObject(payload.user) || typeof payload.user.id !== "string")
        return `${payload.type} without a user`;
      return undefined;
    default:
      return undefined;
  }
}
