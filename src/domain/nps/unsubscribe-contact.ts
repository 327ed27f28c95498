import { optOutContact } from "../../db/contacts.js";
import type { SurveyContext } from "../../db/nps.js";
import type { Services } from "../../services.js";

/** Opts the survey's contact out of all future surveys (the link works even after the survey expired). */
export async function unsubscribeContact(services: Services, survey: SurveyContext): Promise<void> {
  await optOutContact(services.db, survey.contact.id, services.clock.now());
  services.logger.info(
    { contactId: survey.contact.id, surveyId: survey.id },
    "a contact opted out of NPS surveys",
  );
}
