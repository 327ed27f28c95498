/**
 * Slack's Block Kit limits, written down once. Source: the reference page of each
 * block and element on docs.slack.dev (see shared/docs/slack-facts.md).
 */
export const LIMITS = {
  blocksPerMessage: 50,
  blocksPerView: 100,
  sectionText: 3000,
  sectionFields: 10,
  fieldText: 2000,
  headerText: 150,
  buttonText: 75,
  buttonValue: 2000,
  actionId: 255,
  elementsPerActions: 25,
  elementsPerContext: 10,
  optionsPerSelect: 100,
  optionText: 75,
  modalTitle: 24,
  modalButton: 24,
  privateMetadata: 3000,
  plainTextInput: 3000,
  /** Message `text` is truncated past 40,000; keep the fallback far below. */
  messageText: 3000,
} as const;
