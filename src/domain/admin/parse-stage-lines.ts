import { type ForecastCategory, parseForecastCategory } from "../../parse/forecast-category.js";
import { parseProbability } from "../../parse/probability.js";
import { type AdminFailure, type AdminSentence, adminFailure, sentence } from "./admin-sentences.js";
import { splitListLines } from "./split-list-lines.js";

export interface StageLine {
  name: string;
  probability: number;
  /** The forecast category open deals in this stage default to ("Negotiation: 75% commit"); none = by probability. */
  category?: ForecastCategory;
}

export const MAX_OPEN_STAGES = 20;
export const MAX_STAGE_NAME = 40;
export const STAGE_LINE_EXAMPLE = "Proposal: 50%";
/** Line problems listed in full; past this many, the rest are counted. */
const MAX_LISTED = 8;

// "Name: 40", "Name = 40%" (the last colon splits, so "Phase 2: Demo: 30" works),
// "Name - 40%" (a dash after a space, so "Follow-up 30%" is not split at "-up"),
// and "Name 40%" (a bare trailing number needs the %).
const PATTERNS = [/^(.*?)\s*[:=]\s*([^:=]*)$/, /^(.*\S)\s+[-–—]\s*(\S.*)$/, /^(.*\S)\s+(\d+\s*%)$/];

// "75% commit", "75%, best case": a forecast category after the probability.
const CATEGORY_AFTER = /^(\d[\d\s]*%?)\s*[,;]?\s*([a-z][a-z -]*)$/i;

function splitLine(
  text: string,
): { name: string; probability: string; category?: ForecastCategory } | undefined {
  for (const pattern of PATTERNS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const name = (match[1] ?? "").trim();
    const probability = (match[2] ?? "").trim();
    const tail = CATEGORY_AFTER.exec(probability);
    const category = tail ? parseForecastCategory(tail[2] ?? "") : undefined;
    if (tail && category?.ok) return { name, probability: (tail[1] ?? "").trim(), category: category.value };
    return { name, probability };
  }
  return undefined;
}

/**
 * The open stages box: one stage per line, in funnel order. Every problem is
 * returned at once, each naming its line, ending with an example of a right line.
 */
export function parseStageLines(text: string): { ok: true; stages: StageLine[] } | AdminFailure {
  const lines = splitListLines(text);
  const problems: AdminSentence[] = [];
  const stages: StageLine[] = [];
  const seen = new Map<string, number>();
  for (const { number, text: line } of lines) {
    const parts = splitLine(line);
    if (!parts) {
      problems.push(sentence("admin.problem.line.noProbability", { line: String(number), text: line }));
      continue;
    }
    const lineProblems: AdminSentence[] = [];
    const at = String(number);
    if (!parts.name) lineProblems.push(sentence("admin.problem.line.noName", { line: at, text: line }));
    else if (parts.name.length > MAX_STAGE_NAME)
      lineProblems.push(
        sentence("admin.problem.line.tooLong", {
          line: at,
          text: parts.name.slice(0, 20),
          max: String(MAX_STAGE_NAME),
        }),
      );
    const probability = parseProbability(parts.probability);
    if (!probability.ok)
      lineProblems.push(
        parts.probability
          ? sentence("admin.problem.line.badProbability", { line: at, text: parts.probability })
          : sentence("admin.problem.line.noProbability", { line: at, text: line }),
      );
    const key = parts.name.toLowerCase();
    const first = seen.get(key);
    if (parts.name && first !== undefined)
      lineProblems.push(
        sentence("admin.problem.line.duplicateStage", { line: at, text: parts.name, first: String(first) }),
      );
    else if (parts.name) seen.set(key, number);
    if (lineProblems.length > 0 || !probability.ok) problems.push(...lineProblems);
    else
      stages.push({
        name: parts.name,
        probability: probability.value,
        ...(parts.category ? { category: parts.category } : {}),
      });
  }
  const listed = problems.slice(0, MAX_LISTED);
  if (problems.length > MAX_LISTED)
    listed.push(sentence("admin.problem.more", { count: problems.length - MAX_LISTED }));
  if (lines.length === 0) listed.push(sentence("admin.problem.stages.none"));
  if (lines.length > MAX_OPEN_STAGES)
    listed.push(
      sentence("admin.problem.stages.tooMany", { max: String(MAX_OPEN_STAGES), count: lines.length }),
    );
  if (listed.length > 0)
    return adminFailure([...listed, sentence("admin.problem.stages.howTo", { example: STAGE_LINE_EXAMPLE })]);
  return { ok: true, stages };
}
