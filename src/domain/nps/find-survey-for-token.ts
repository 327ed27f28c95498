import { findSurveyByTokenHash, type SurveyContext } from "../../db/nps.js";
import type { Services } from "../../services.js";
import { hashSurveyToken, TOKEN_PATTERN } from "./survey-token.js";

export type TokenLookup =
  | { kind: "unknown" }
  | { kind: "expired"; survey: SurveyContext }
  | { kind: "valid"; survey: SurveyContext };

/** The survey a link token opens: looked up by the token's hash; anything malformed is unknown. */
export async function findSurveyForToken(services: Services, token: string, at: Date): Promise<TokenLookup> {
  if (!TOKEN_PATTERN.test(token)) return { kind: "unknown" };
  const survey = await findSurveyByTokenHash(services.db, hashSurveyToken(token));
  if (!survey) return { kind: "unknown" };
  if (survey.expiresAt <= at) return { kind: "expired", survey };
  return { kind: "valid", survey };
}
