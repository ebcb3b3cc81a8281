import "server-only";
import { z } from "zod";
import { endableAmaWhere } from "@/lib/ama/access";
import { defineUseCase } from "@/lib/auth/use-case";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { rooms } from "@/lib/realtime/events";
import { ZId } from "@/lib/id";

/**
 * The host (or an admin) ends an AMA now: it stops taking questions and what was asked stays. Ending
 * one that has not started cancels it (it starts and ends now, so it never took questions).
 */
export const endAmaSession = defineUseCase({
  input: z.object({ amaSessionId: ZId }),
  permission: "ama.host",
  run: async ({ actor, input, afterCommit }) => {
    const now = new Date();
    const session = await db.amaSession.findFirst({
      where: { id: input.amaSessionId, endsAt: { gt: now }, ...endableAmaWhere(actor) },
      select: { id: true, startsAt: true },
    });
    if (!session)
      throw new AppError("NOT_FOUND", "That AMA does not exist, has ended already, or is not yours to end.");
    await db.amaSession.update({
      where: { id: session.id },
      data: { endsAt: now, ...(session.startsAt > now && { startsAt: now }) },
    });
    afterCommit.publish(rooms.everyone, { type: "ama.changed", amaSessionId: session.id });
    return { id: session.id };
  },
});
