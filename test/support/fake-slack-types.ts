// Shapes shared by the fake Slack server, its method handlers and its behaviours.

/** One Web API call as the fake received it. */
export interface SlackCall {
  /** e.g. "chat.postMessage" */
  method: string;
  /** From "Authorization: Bearer …", else from a `token` body field. */
  token?: string;
  /**
   * The decoded arguments. Form fields holding JSON (blocks, view, files, …) are parsed back;
   * numbers and booleans arrive as strings ("false"), exactly as Slack receives them from WebClient.
   */
  body: Record<string, unknown>;
  contentType: string;
  /** Arrival time in ms (the fake's clock). */
  at: number;
  /** "pending" until answered, then "ok", the error code (e.g. "channel_not_found") or the HTTP status. */
  outcome: string | number;
}

export interface FakeUser {
  id: string;
  name?: string;
  realName?: string;
  /** IANA zone; default "UTC". */
  tz?: string;
  /** Seconds east of UTC; default: the zone's offset today. */
  tzOffset?: number;
  email?: string;
  deleted?: boolean;
  isBot?: boolean;
  locale?: string;
}

/** Bytes posted to an `upload_url` handed out by files.getUploadURLExternal. */
export interface UploadedFile {
  fileId: string;
  bytes: Buffer;
  /** The filename given to files.getUploadURLExternal (the upload POST itself names it "Untitled"). */
  filename: string;
}

/** One POST to a response URL made by `fake.responseUrl()`. */
export interface ResponseUrlPost {
  id: string;
  body: Record<string, unknown>;
  at: number;
}
