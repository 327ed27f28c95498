import { z } from "zod";
import { getDeals } from "../../../domain/deals/get-deals.js";
import { markNudge } from "../../../domain/nudges/mark-nudge.js";
import { NUDGE_PAGE_SIZE, type NudgePayload } from "../../../domain/nudges/nudge-payload.js";
import { deliverMessage } from "../../../notify/deliver-message.js";
import type { Services } from "../../../services.js";
import { refreshNudge } from "../../nudges/refresh-nudge.js";
import { nudgeMessage } from "../../views/nudge-message.js";
import { buttonListener } from "./button.js";

const valueSchema = z.object({ k: z.string().min(1) });

/**
 * "Show the rest": the next page of stale deals as a new DM (delivered once,
 * however often it is clicked), and the button leaves the first message.
 */
export const nudgeMore = (services: Services) =>
  buttonListener(services, valueSchema, async ({ value: { k: key }, services }) => {
    let next: NudgePayload | undefined;
    const marked = await markNudge(services, {
      key,
      update: (payload) => {
        if (payload.rest.length === 0) return payload;
        next = {
          ...payload,
          dealIds: payload.rest.slice(0, NUDGE_PAGE_SIZE),
          rest: payload.rest.slice(NUDGE_PAGE_SIZE),
          page: payload.page + 1,
          done: {},
        };
        return { ...payload, rest: [] };
      },
    });
    if (!marked) return;
    await refreshNudge(services, marked.delivery, marked.payload);
    const page = next;
    if (!page) return;
    const pageKey = `${key}:page${page.page}`;
    const deals = await getDeals(services, page.dealIds);
    await deliverMessage(services, {
      key: pageKey,
      jobId: marked.delivery.jobId ?? "weekly-nudges",
      recipient: marked.delivery.recipient,
      payload: JSON.stringify(page),
      build: () => nudgeMessage({ deliveryKey: pageKey, deals, payload: page }),
    });
  });
