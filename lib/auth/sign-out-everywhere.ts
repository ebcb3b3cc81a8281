import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { db } from "@/lib/db";
import { disconnectUserSockets } from "@/lib/realtime/publish";
import { rooms } from "@/lib/realtime/events";

/** Ends every session of the actor on every device: JWTs carry the old version and stop matching. */
export const signOutEverywhere = defineUseCase({
  input: z.object({}),
  permission: "profile.updateOwn",
  run: async ({ actor, afterCommit }) => {
    await db.$transaction([
      db.user.update({ where: { id: actor.id }, data: { sessionVersion: { increment: 1 } } }),
      db.auditEntry.create({
        data: { actorId: actor.id, action: "sessions.revoked", targetType: "User", targetId: actor.id },
      }),
    ]);
    afterCommit.publish(rooms.user(actor.id), { type: "session.revoked", userId: actor.id });
    // Give the event a moment to leave, then close the sockets so a revoked session hears nothing more.
    afterCommit(() => void setTimeout(() => disconnectUserSockets(actor.id), 500).unref());
  },
});
