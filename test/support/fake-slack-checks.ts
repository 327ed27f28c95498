// What real Slack refuses or renders broken, checked on every message, view and response the
// app sends to the fake. Limits from docs/slack-facts.md ("Block Kit limits") and the reference
// page of each block and element on docs.slack.dev.
// - A Block Kit limit broken: Slack answers `invalid_blocks` (the fake does too) and the check
//   records a violation.
// - `<word>` in mrkdwn that is not a real Slack token, and `initial_value` longer than the input's
//   `max_length`: Slack accepts them and the user sees a broken link or a form they cannot submit;
//   only a violation is recorded. Test kits fail a test that leaves violations (see boot.ts).

type Obj = Record<string, unknown>;

export interface CheckResult {
  /** Problems Slack would refuse with `invalid_blocks` (the call fails). */
  refused: string[];
  /** Problems Slack accepts but users see (broken links, unsubmittable forms). */
  broken: string[];
}

const LIMITS = {
  messageBlocks: 50,
  viewBlocks: 100,
  sectionText: 3000,
  sectionFields: 10,
  fieldText: 2000,
  headerText: 150,
  buttonText: 75,
  buttonValue: 2000,
  id: 255,
  actionsElements: 25,
  contextElements: 10,
  selectOptions: 100,
  optionText: 75,
  optionValue: 150,
  viewTitle: 24,
  privateMetadata: 3000,
  messageText: 40_000,
  inputMaxLength: 3000,
  inputLabel: 2000,
} as const;

/**
 * Real tokens Slack parses in mrkdwn: user, channel and user-group mentions, dates, links.
 * `<!here>`, `<!channel>` and `<!everyone>` are real too, but Dealbot never means to ping a
 * whole channel: seeing one means user text went out unescaped.
 */
const TOKEN =
  /^(@[UW][A-Z0-9_]+(\|[^>]*)?|#[CG][A-Z0-9_]+(\|[^>]*)?|!subteam\^[A-Z0-9]+(\|[^>]*)?|!date\^\d+\^[^>]+|(https?:\/\/|mailto:|slack:\/\/)[^>]+)$/;

/** Every `<…>` in a mrkdwn string that Slack would not render as meant. */
export function brokenTokens(text: string): string[] {
  return [...text.matchAll(/<([^<>]*)>/g)]
    .map((m) => m[1] ?? "")
    .filter((inner) => !TOKEN.test(inner))
    .map((inner) => `<${inner}>`);
}

class Checker {
  readonly refused: string[] = [];
  readonly broken: string[] = [];

  refuse(where: string, what: string) {
    this.refused.push(`${where}: ${what}`);
  }

  max(where: string, what: string, value: number, limit: number) {
    if (value > limit) this.refuse(where, `${what} is ${value}, over Slack's limit of ${limit}`);
  }

  text(where: string, object: unknown, limit?: number) {
    if (!isObj(object)) return;
    const text = typeof object.text === "string" ? object.text : "";
    if (limit !== undefined) this.max(where, "text length", text.length, limit);
    if (object.type === "mrkdwn") this.mrkdwn(where, text);
  }

  mrkdwn(where: string, text: unknown) {
    if (typeof text !== "string") return;
    for (const token of brokenTokens(text))
      this.broken.push(
        `${where}: mrkdwn ${JSON.stringify(token)} is not a Slack token (escape it as &lt;…&gt;)`,
      );
  }

  blocks(where: string, blocks: unknown, maxBlocks: number) {
    if (!Array.isArray(blocks)) return;
    this.max(where, "number of blocks", blocks.length, maxBlocks);
    const blockIds = new Set<string>();
    blocks.forEach((block, i) => {
      if (!isObj(block)) return;
      const at = `${where} block ${i} (${String(block.type)})`;
      if (typeof block.block_id === "string") {
        this.max(at, "block_id length", block.block_id.length, LIMITS.id);
        if (blockIds.has(block.block_id)) this.refuse(at, `duplicate block_id "${block.block_id}"`);
        blockIds.add(block.block_id);
      }
      this.block(at, block);
    });
  }

  private block(at: string, block: Obj) {
    switch (block.type) {
      case "section":
        this.text(at, block.text, LIMITS.sectionText);
        if (Array.isArray(block.fields)) {
          this.max(at, "number of fields", block.fields.length, LIMITS.sectionFields);
          for (const field of block.fields) this.text(`${at} field`, field, LIMITS.fieldText);
        }
        if (block.accessory !== undefined) this.elements(at, [block.accessory]);
        break;
      case "header":
        this.text(at, block.text, LIMITS.headerText);
        break;
      case "actions":
        this.max(at, "number of elements", asArray(block.elements).length, LIMITS.actionsElements);
        this.elements(at, asArray(block.elements));
        break;
      case "context":
        this.max(at, "number of elements", asArray(block.elements).length, LIMITS.contextElements);
        for (const element of asArray(block.elements))
          this.text(`${at} element`, element, LIMITS.sectionText);
        break;
      case "input":
        this.text(at, block.label, LIMITS.inputLabel);
        if (block.element !== undefined) this.elements(at, [block.element]);
        break;
    }
  }

  private elements(at: string, elements: unknown[]) {
    const actionIds = new Set<string>();
    for (const element of elements) {
      if (!isObj(element)) continue;
      const where = `${at} ${String(element.type)}`;
      if (typeof element.action_id === "string") {
        this.max(where, "action_id length", element.action_id.length, LIMITS.id);
        if (actionIds.has(element.action_id))
          this.refuse(where, `duplicate action_id "${element.action_id}"`);
        actionIds.add(element.action_id);
      }
      if (element.type === "button") {
        this.text(where, element.text, LIMITS.buttonText);
        if (typeof element.value === "string")
          this.max(where, "value length", element.value.length, LIMITS.buttonValue);
      }
      for (const key of ["options", "initial_options"]) {
        const options = asArray(element[key]);
        if (key === "options") this.max(where, "number of options", options.length, LIMITS.selectOptions);
        for (const option of options) this.option(where, option);
      }
      if (isObj(element.initial_option)) this.option(where, element.initial_option);
      if (element.type === "plain_text_input") this.input(where, element);
    }
  }

  private option(where: string, option: unknown) {
    if (!isObj(option)) return;
    this.text(`${where} option`, option.text, LIMITS.optionText);
    if (typeof option.value === "string")
      this.max(`${where} option`, "value length", option.value.length, LIMITS.optionValue);
  }

  private input(where: string, element: Obj) {
    const maxLength = element.max_length === undefined ? LIMITS.inputMaxLength : Number(element.max_length);
    this.max(where, "max_length", maxLength, LIMITS.inputMaxLength);
    const initial = element.initial_value;
    if (typeof initial === "string" && initial.length > maxLength)
      this.broken.push(
        `${where}: initial_value is ${initial.length} characters, over its max_length ${maxLength} (the user cannot submit)`,
      );
  }
}

/** Checks a message body (chat.postMessage, chat.update, chat.postEphemeral, response_url). */
export function checkMessage(where: string, body: Obj): CheckResult {
  const check = new Checker();
  if (typeof body.text === "string") {
    check.max(where, "text length", body.text.length, LIMITS.messageText);
    // The top-level text is mrkdwn too (notifications, and the message when blocks are absent).
    if (body.mrkdwn !== false && body.mrkdwn !== "false") check.mrkdwn(`${where} text`, body.text);
  }
  check.blocks(where, body.blocks, LIMITS.messageBlocks);
  return check;
}

/** Checks a modal or Home tab (views.open, views.push, views.update, views.publish). */
export function checkView(where: string, view: unknown): CheckResult {
  const check = new Checker();
  if (!isObj(view)) return check;
  for (const key of ["title", "submit", "close"]) check.text(`${where} ${key}`, view[key], LIMITS.viewTitle);
  if (typeof view.callback_id === "string")
    check.max(where, "callback_id length", view.callback_id.length, LIMITS.id);
  if (typeof view.private_metadata === "string")
    check.max(where, "private_metadata length", view.private_metadata.length, LIMITS.privateMetadata);
  check.blocks(where, view.blocks, LIMITS.viewBlocks);
  return check;
}

const isObj = (value: unknown): value is Obj =>
  value !== null && typeof value === "object" && !Array.isArray(value);
const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
