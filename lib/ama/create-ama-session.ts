import "server-only";
import { defineUseCase } from "@/lib/auth/use-case";
import { db } from "@/lib/db";
import { ZCreateAmaInput } from "@/lib/ama/ama-input";
import { rooms } from "@/lib/realtime/events";
import { enforceWriteLimit } from "@/lib/rate-limit-guard";

/** A leader or admin opens a time-boxed "ask me anything", hosted by themselves. */
export const createAmaSession = defineUseCase({
  input: ZCreateAmaInput,
  permission: "ama.host",
  run: async ({ actor, input, afterCommit }) => {
    await enforceWriteLimit("question", actor.id);
    const session = await db.amaSession.create({
      data: {
        leaderId: actor.id,
        title: input.title,
        description: input.description,
        startsAt: input.startsAt,
        endsAt: input.endsAt,
      },
      select: { id: true },
    });
    afterCommit.publish(rooms.everyone, { type: "ama.changed", amaSessionId: session.id });
    return { id: session.id };
  },
});
