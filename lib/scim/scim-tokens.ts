import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ZId } from "@/lib/id";
import { ScimError } from "@/lib/scim/scim-error";

// Bearer tokens for the identity provider's SCIM client. A token is 32 random bytes, shown once when it is made;
// only its SHA-256 is kept (a high-entropy secret needs no slow hash), so a database dump holds no usable token.

const PREFIX = "hearth_scim_";

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export const createScimToken = defineUseCase({
  input: z.object({
    name: z
      .string({ error: "Name the token" })
      .trim()
      .min(1, "Name the token, e.g. Entra ID")
      .max(60, "Keep the name under 60 characters"),
  }),
  permission: "people.manage",
  run: async ({ actor, input }) => {
    const token = `${PREFIX}${randomBytes(32).toString("base64url")}`;
    const row = await db.$transaction(async (tx) => {
      const created = await tx.scimToken.create({
        data: { name: input.name, tokenHash: hashToken(token), createdById: actor.id },
        select: { id: true, name: true },
      });
      await tx.auditEntry.create({
        data: { actorId: actor.id, action: "scim.token_created", targetType: "ScimToken", targetId: created.id },
      });
      return created;
    });
    return { ...row, token };
  },
});

export const revokeScimToken = defineUseCase({
  input: z.object({ tokenId: ZId }),
  permission: "people.manage",
  run: async ({ actor, input }) => {
    await db.$transaction(async (tx) => {
      const { count } = await tx.scimToken.updateMany({
        where: { id: input.tokenId, revokedAt: null },
        data: { revokedAt: new Date() },
      });
      if (count === 0) throw new AppError("NOT_FOUND", "There is no such token.");
      await tx.auditEntry.create({
        data: { actorId: actor.id, action: "scim.token_revoked", targetType: "ScimToken", targetId: input.tokenId },
      });
    });
  },
});

export const listScimTokens = defineUseCase({
  input: z.object({}),
  permission: "people.manage",
  run: async () =>
    db.scimToken.findMany({
      where: { revokedAt: null },
      orderBy: { createdAt: "desc" },
      select: { id: true, name: true, createdAt: true, lastUsedAt: true, createdBy: { select: { name: true } } },
    }),
});

/** The SCIM client's credential: a live token in `Authorization: Bearer …`, else a SCIM 401. */
export async function authenticateScim(request: Request): Promise<{ tokenId: string }> {
  const header = request.headers.get("authorization") ?? "";
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) throw new ScimError(401, "A bearer token is required (Authorization: Bearer <token>).");
  const found = await db.scimToken.findFirst({
    where: { tokenHash: hashToken(match[1]!), revokedAt: null },
    select: { id: true, lastUsedAt: true },
  });
  if (!found) throw new ScimError(401, "The bearer token is not valid or was revoked.");
  // Written at most once a minute: a sync of thousands of users must not update this row thousands of times.
  if (!found.lastUsedAt || Date.now() - found.lastUsedAt.getTime() > 60_000) {
    await db.scimToken.update({ where: { id: found.id }, data: { lastUsedAt: new Date() } });
  }
  return { tokenId: found.id };
}
