import type { StageRow } from "../../db/catalog.js";
import type { ParsedFields } from "../../parse/field-values.js";
import { type Parsed, type Problem, reject } from "../../parse/problem.js";
import { succeed } from "../../parse/result.js";
import type { Catalog } from "../catalog/load-catalog.js";
import type { ChangeRequest } from "./change-request.js";
import { matchStage } from "./match-stage.js";

/** A request that could not be read: `stageChoice` when the stage typed fits several stages. */
export type RequestFromFields =
  | Parsed<ChangeRequest>
  | { ok: false; problem: Problem; stageChoice: { typed: string; stages: StageRow[] } };

/** Turns what a command said into a change request: the stage name becomes the team's stage. */
export function requestFromFields(fields: ParsedFields, catalog: Catalog): RequestFromFields {
  const request: ChangeRequest = {};
  if (fields.name !== undefined) request.name = fields.name;
  if (fields.account !== undefined) request.account = fields.account;
  if (fields.amount) {
    request.amountMinor = fields.amount.minor;
    request.currency = fields.amount.currency;
  } else if (fields.currency) {
    request.currency = fields.currency;
  }
  if (fields.stage !== undefined) {
    const stage = matchStage(catalog.stages, fields.stage);
    if (!stage.ok)
      return stage.candidates
        ? {
            ok: false,
            problem: stage.problem,
            stageChoice: { typed: fields.stage, stages: stage.candidates },
          }
        : { ok: false, problem: stage.problem };
    if (stage.value.kind === "lost") return reject("match.stage.lost");
    request.stageId = stage.value.id;
    // Echoed with the other readings ("I read stage: qualification → Qualified").
    if (stage.understood)
      fields.interpretations.push({ field: "stage", input: fields.stage, meaning: stage.value.name });
  }
  if (fields.closeDate !== undefined) request.closeOn = fields.closeDate;
  if (fields.nextStep !== undefined) request.nextStep = fields.nextStep;
  if (fields.nextStepDue !== undefined) request.nextStepDue = fields.nextStepDue;
  if (fields.ownerId !== undefined) request.ownerId = fields.ownerId;
  if (fields.probability !== undefined) request.probability = fields.probability;
  if (fields.forecastCategory !== undefined) request.forecastCategory = fields.forecastCategory;
  return succeed(request);
}
