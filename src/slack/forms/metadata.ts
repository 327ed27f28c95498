import { z } from "zod";
import { LIMITS } from "../limits.js";

/** What a form carries between opening and submitting (Slack's private_metadata). */
export const formMetadataSchema = z.object({
  dealId: z.number().int().positive().optional(),
  /** The deal version the form was filled from: a newer one on submit is a conflict. */
  version: z.number().int().positive().optional(),
  /** Where to confirm the change: the slash command's response_url (valid 30 minutes). */
  responseUrl: z.url().optional(),
  note: z.string().optional(),
  /** Opened from a weekly nudge: its delivery key, to show the outcome on that message. */
  nudgeKey: z.string().optional(),
  /** The forecast category the form showed: submitted unchanged, the deal's own setting is kept. */
  category: z.string().optional(),
});
export type FormMetadata = z.infer<typeof formMetadataSchema>;

export function readMetadata(raw: string | undefined): FormMetadata {
  try {
    const parsed = formMetadataSchema.safeParse(JSON.parse(raw || "{}"));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

/** Serialises metadata, dropping the response URL if it would not fit. */
export function writeMetadata(metadata: FormMetadata): string {
  const json = JSON.stringify(metadata);
  if (json.length <= LIMITS.privateMetadata) return json;
  const { responseUrl: _dropped, ...rest } = metadata;
  return JSON.stringify(rest);
}
