import type {
  ActionsBlock,
  Button,
  ContextBlock,
  DividerBlock,
  HeaderBlock,
  KnownBlock,
  SectionBlock,
} from "@slack/types";
import { LIMITS } from "./limits.js";

// Tiny Block Kit helpers. Text passed to `section`/`context` is mrkdwn and must
// already be escaped (see mrkdwn.ts); `header` and button labels are plain text.

const cut = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

export const header = (text: string): HeaderBlock => ({
  type: "header",
  text: { type: "plain_text", text: cut(text, LIMITS.headerText), emoji: true },
});

export const section = (mrkdwn: string, extra: Partial<SectionBlock> = {}): SectionBlock => ({
  type: "section",
  text: { type: "mrkdwn", text: cut(mrkdwn, LIMITS.sectionText) },
  ...extra,
});

export const context = (...mrkdwn: string[]): ContextBlock => ({
  type: "context",
  elements: mrkdwn.slice(0, LIMITS.elementsPerContext).map((text) => ({ type: "mrkdwn", text })),
});

export const divider = (): DividerBlock => ({ type: "divider" });

export const button = (
  text: string,
  actionId: string,
  value?: string,
  style?: "primary" | "danger",
): Button => ({
  type: "button",
  text: { type: "plain_text", text: cut(text, LIMITS.buttonText), emoji: true },
  action_id: actionId,
  ...(value !== undefined ? { value: value.slice(0, LIMITS.buttonValue) } : {}),
  ...(style ? { style } : {}),
});

export const actions = (elements: ActionsBlock["elements"], blockId?: string): ActionsBlock => ({
  type: "actions",
  elements: elements.slice(0, LIMITS.elementsPerActions),
  ...(blockId ? { block_id: blockId } : {}),
});

/**
 * Keeps a message within the blocks-per-message limit: when `blocks` is too long,
 * the tail is replaced by a context line saying how many items were left out.
 */
export function fitBlocks(blocks: KnownBlock[], max: number = LIMITS.blocksPerMessage): KnownBlock[] {
  if (blocks.length <= max) return blocks;
  const kept = blocks.slice(0, max - 1);
  return [...kept, context(`_…and ${blocks.length - kept.length} more not shown._`)];
}

/** Packs lines into as few sections as fit Slack's per-section limit, never splitting a line. */
export function linesToSections(lines: string[], max: number = LIMITS.sectionText): SectionBlock[] {
  const sections: SectionBlock[] = [];
  let current = "";
  for (const line of lines) {
    const next = current ? `${current}\n${line}` : line;
    if (next.length > max && current) {
      sections.push(section(current));
      current = line;
    } else current = next;
  }
  if (current) sections.push(section(current));
  return sections;
}
