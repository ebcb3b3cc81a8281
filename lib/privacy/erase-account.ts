import "server-only";
import { z } from "zod";
import { can } from "@/lib/auth/permissions";
import { defineUseCase } from "@/lib/auth/use-case";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { orphanAskerKey, askedBy } from "@/lib/privacy/asker-key";
import { readPrivacySettings } from "@/lib/privacy/privacy-settings";
import { getUploadStorage } from "@/lib/uploads/storage";
import { ZId } from "@/lib/id";

/** The one shared account erased people's kept content is shown under (Discourse's "anonymise"). */
export const FORMER_COLLEAGUE = {
  email: "former-colleague@hearth.invalid",
  handle: "former-colleague",
  name: "Former colleague",
} as const;

export const ZEraseAccountInput = z.object({
  userId: ZId,
  // The person's handle, typed again: erasure cannot be undone.
  confirm: z.string().trim().max(200),
});

async function formerColleagueId(tx: Tx): Promise<string> {
  const row = await tx.user.upsert({
    where: { email: FORMER_COLLEAGUE.email },
    create: { ...FORMER_COLLEAGUE, deactivatedAt: new Date(), bio: "Content of people whose accounts were erased." },
    update: {},
    select: { id: true },
  });
  return row.id;
}

/**
 * Erases an account (GDPR art. 17): the person themselves, or an admin on their request. In one transaction:
 * - their content is kept under "Former colleague" or deleted, by the organisation's setting (PrivacySettings);
 * - their questions keep their words but lose their asker: an orphan key no secret matches, so an anonymous
 *   question stays anonymous and now unlinkable even with the secret; a named one shows "Former colleague" or goes;
 * - every uploaded file (images, videos, posters, exports) is listed and removed from storage after commit;
 * - audit entries about them lose the link and any copy of their details;
 * - the user row goes, and with it (by the schema's cascades) reactions, votes, follows, memberships, notifications,
 *   sessions (their JWTs no longer find a user) and sign-in accounts.
 * The audit log records that an erasure happened, by whom and under which policy, never whose.
 */
export const eraseAccount = defineUseCase({
  input: ZEraseAccountInput,
  permission: "privacy.eraseOwn",
  run: async ({ actor, input }) => {
    const self = input.userId === actor.id;
    if (!self && !can(actor, "privacy.eraseAny"))
      throw new AppError("FORBIDDEN", "Only an admin may erase someone else's account.");
    const { keys, policy, counts } = await db.$transaction(
      async (tx) => {
        const person = await tx.user.findFirst({
          where: { id: input.userId, NOT: { email: FORMER_COLLEAGUE.email } },
          select: { id: true, handle: true, email: true, name: true },
        });
        if (!person) throw new AppError("NOT_FOUND", "That person does not exist or was erased already.");
        if (input.confirm.toLowerCase() !== person.handle.toLowerCase())
          throw new AppError("BAD_INPUT", `Type the handle ${person.handle} to confirm.`, {
            confirm: `Type ${person.handle} to confirm`,
          });
        const { erasedContent: policy } = await readPrivacySettings(tx);
        const id = person.id;

        // Files first, while the rows still say which are theirs.
        const [images, videos, exports] = await Promise.all([
          tx.postImage.findMany({ where: { uploaderId: id }, select: { storageKey: true } }),
          tx.postVideo.findMany({ where: { uploaderId: id }, select: { storageKey: true, posterKey: true } }),
          tx.dataExport.findMany({ where: { userId: id }, select: { storageKey: true } }),
        ]);
        const keys = [
          ...images.map((row) => row.storageKey),
          ...videos.flatMap((row) => [row.storageKey, ...(row.posterKey ? [row.posterKey] : [])]),
          ...exports.flatMap((row) => (row.storageKey ? [row.storageKey] : [])),
        ];
        await tx.postImage.deleteMany({ where: { uploaderId: id } });
        await tx.postVideo.deleteMany({ where: { uploaderId: id } });

        // Questions: never linkable again. Named ones are kept or deleted with the rest of their content.
        const questions = await tx.question.updateMany({
          where: askedBy(id),
          data: { askerKey: orphanAskerKey() },
        });

        let kept = 0;
        if (policy === "ANONYMISE") {
          const to = await formerColleagueId(tx);
          const moves = await Promise.all([
            tx.post.updateMany({ where: { authorId: id }, data: { authorId: to } }),
            tx.comment.updateMany({ where: { authorId: id }, data: { authorId: to } }),
            tx.answer.updateMany({ where: { authorId: id }, data: { authorId: to } }),
            tx.question.updateMany({ where: { publicAskerId: id }, data: { publicAskerId: to } }),
            tx.actionItem.updateMany({ where: { assignerId: id }, data: { assignerId: to } }),
            tx.actionItemUpdate.updateMany({ where: { authorId: id }, data: { authorId: to } }),
            tx.focusItem.updateMany({ where: { authorId: id }, data: { authorId: to } }),
            tx.focusAnswer.updateMany({ where: { authorId: id }, data: { authorId: to } }),
            tx.liveComment.updateMany({ where: { authorId: id }, data: { authorId: to } }),
            tx.challengeEntry.updateMany({ where: { authorId: id }, data: { authorId: to } }),
            tx.challenge.updateMany({ where: { creatorId: id }, data: { creatorId: to } }),
            tx.liveShow.updateMany({ where: { hostId: id }, data: { hostId: to } }),
            tx.amaSession.updateMany({ where: { leaderId: id }, data: { leaderId: to } }),
            tx.appreciation.updateMany({ where: { leaderId: id }, data: { leaderId: to } }),
            tx.banner.updateMany({ where: { authorId: id }, data: { authorId: to } }),
          ]);
          kept = moves.reduce((sum, move) => sum + move.count, 0);
          // Earlier versions of their posts are their words too: kept under the same name.
          await tx.postRevision.updateMany({ where: { editorId: id }, data: { editorId: to } });
          // Answers and first-answer facts keep counting for the organisation, not for a person.
          await tx.question.updateMany({ where: { firstAnswererId: id }, data: { firstAnswererId: to } });
        } else {
          await tx.question.deleteMany({ where: { publicAskerId: id } });
          await tx.question.updateMany({ where: { firstAnswererId: id }, data: { firstAnswererId: null } });
        }

        // The audit log keeps what happened to things, not who the erased person was.
        await tx.auditEntry.updateMany({ where: { targetType: "User", targetId: id }, data: { targetId: null } });
        await tx.$executeRaw`
          update "AuditEntry" set data = '{}'::jsonb, reason = ''
          where strpos(data::text, ${id}) > 0 or strpos(data::text, ${person.email}) > 0
             or strpos(reason, ${person.email}) > 0 or strpos(reason, ${person.name}) > 0`;
        // Other people's notifications that were grouped by this person.
        await tx.$executeRaw`update "Notification" set "groupKey" = 'erased:' || id where strpos("groupKey", ${id}) > 0`;

        await tx.user.updateMany({ where: { managerId: id }, data: { managerId: null } });
        await tx.user.delete({ where: { id } });

        await tx.auditEntry.create({
          data: {
            actorId: self ? null : actor.id,
            action: "account.erased",
            targetType: "User",
            data: { by: self ? "self" : "admin", policy, keptItems: kept, questionsUnlinked: questions.count },
          },
        });
        return { keys, policy, counts: { kept, questions: questions.count, files: keys.length } };
      },
      { timeout: 60_000 },
    );
    // After commit: a failed delete leaves an orphan file that names nobody, never a row pointing at a missing one.
    const storage = getUploadStorage();
    for (const key of keys)
      await storage.delete(key).catch((error: unknown) => console.error(`[hearth] could not delete ${key}:`, error));
    return { policy, ...counts };
  },
});

/** An admin erases an account on the person's request, naming it by handle (typed twice: once more as `confirm`). */
export const eraseAccountOnRequest = defineUseCase({
  input: z.object({
    handle: z
      .string()
      .trim()
      .min(1, "Enter the handle of the person to erase")
      .max(100)
      .transform((value) => value.replace(/^@/, "")),
    confirm: z.string().trim().max(200),
  }),
  permission: "privacy.eraseAny",
  run: async ({ actor, input }) => {
    const person = await db.user.findFirst({
      where: { handle: { equals: input.handle, mode: "insensitive" }, NOT: { email: FORMER_COLLEAGUE.email } },
      select: { id: true },
    });
    if (!person) throw new AppError("BAD_INPUT", "Nobody has that handle.", { handle: "Nobody has that handle" });
    return eraseAccount(actor, { userId: person.id, confirm: input.confirm.replace(/^@/, "") });
  },
});
