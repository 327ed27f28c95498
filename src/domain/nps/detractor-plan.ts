/**
 * What a detractor answer asks of the notify layer (src/notify/alert-detractor.ts):
 * `alert` the account owner and the NPS channel (a new detractor answer, or a change
 * into one), or `refresh` the alerts already sent (a comment, taken, closed).
 */
export interface DetractorPlan {
  responseId: number;
  action: "alert" | "refresh";
}
