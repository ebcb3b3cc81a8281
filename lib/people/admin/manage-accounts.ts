import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ZId } from "@/lib/id";
import { ZDisplayString } from "@/lib/input-fields";
import { decodeKeyset, toPage, ZCursor } from "@/lib/pagination";
import { deactivateInTx, endSessionsAfterCommit, reactivateInTx } from "@/lib/people/admin/lifecycle";
import { disconnectUserSockets } from "@/lib/realtime/publish";
import { departmentIdFor, freeHandle } from "@/lib/sso/directory";

// Admin account management at /admin/people: every account, active or not, with search, filters and keyset pages;
// invite, role changes, deactivation and reactivation, each audited in the same transaction.

const ROLES = ["EMPLOYEE", "LEADER", "ADMIN"] as const;

export const ZListAccountsInput = z.object({
  q: z.string().trim().max(100).optional().default(""),
  status: z.enum(["active", "deactivated", "all"]).catch("active").default("active"),
  role: z.enum(ROLES).or(z.literal("")).catch("").default(""),
  cursor: ZCursor,
  limit: z.coerce.number().int().min(1).max(100).default(25),
});

export type AccountRow = {
  id: string;
  name: string;
  email: string;
  handle: string;
  title: string;
  role: (typeof ROLES)[number];
  department: string | null;
  deactivatedAt: Date | null;
  deactivatedBy: string | null;
  sso: boolean;
  createdAt: Date;
};

export const listAccounts = defineUseCase({
  input: ZListAccountsInput,
  permission: "people.manage",
  run: async ({ input }) => {
    const after = decodeKeyset(input.cursor, ["string", "string"]);
    const where: Prisma.UserWhereInput = {
      ...(input.status === "active" && { deactivatedAt: null }),
      ...(input.status === "deactivated" && { deactivatedAt: { not: null } }),
      ...(input.role && { role: input.role }),
      ...(input.q && {
        OR: [
          { name: { contains: input.q, mode: "insensitive" } },
          { email: { contains: input.q, mode: "insensitive" } },
          { title: { contains: input.q, mode: "insensitive" } },
          { handle: { contains: input.q, mode: "insensitive" } },
        ],
      }),
      ...(after && {
        AND: [
          { name: { gte: after[0] } },
          { OR: [{ name: { gt: after[0] } }, { name: after[0], id: { gt: after[1] } }] },
        ],
      }),
    };
    const rows = await db.user.findMany({
      where,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      take: input.limit + 1,
      select: {
        id: true,
        name: true,
        email: true,
        handle: true,
        title: true,
        role: true,
        deactivatedAt: true,
        deactivatedBy: true,
        createdAt: true,
        department: { select: { name: true } },
        _count: { select: { accounts: true } },
      },
    });
    const page = toPage(rows, input.limit, (row) => [row.name, row.id]);
    return {
      nextCursor: page.nextCursor,
      items: page.items.map(({ department, _count, ...row }): AccountRow => ({
        ...row,
        department: department?.name ?? null,
        sso: _count.accounts > 0,
      })),
    };
  },
});

/** Admins are never all demoted or deactivated: someone has to be able to undo it. */
async function requireAnotherAdmin(tx: Tx, userId: string) {
  const others = await tx.user.count({ where: { role: "ADMIN", deactivatedAt: null, id: { not: userId } } });
  if (others === 0) throw new AppError("CONFLICT", "This is the last active admin. Make someone else an admin first.");
}

export const changeRole = defineUseCase({
  input: z.object({ userId: ZId, role: z.enum(ROLES, { error: "Choose employee, leader or admin" }) }),
  permission: "people.manage",
  run: async ({ actor, input, afterCommit }) => {
    const changed = await db.$transaction(async (tx) => {
      const user = await tx.user.findUnique({ where: { id: input.userId }, select: { role: true } });
      if (!user) throw new AppError("NOT_FOUND", "There is no such person.");
      if (user.role === input.role) return false;
      if (user.role === "ADMIN") await requireAnotherAdmin(tx, input.userId);
      await tx.user.update({ where: { id: input.userId }, data: { role: input.role } });
      await tx.auditEntry.create({
        data: {
          actorId: actor.id,
          action: "people.role_changed",
          targetType: "User",
          targetId: input.userId,
          data: { from: user.role, to: input.role, via: "admin" },
        },
      });
      return true;
    });
    // Pages read the role per request; open sockets joined their role's room at the handshake, so they reconnect.
    if (changed) afterCommit(() => disconnectUserSockets(input.userId));
    return { changed };
  },
});

export const deactivateAccount = defineUseCase({
  input: z.object({ userId: ZId, reason: z.string().trim().max(300).default("") }),
  permission: "people.manage",
  run: async ({ actor, input, afterCommit }) => {
    if (input.userId === actor.id) throw new AppError("CONFLICT", "You cannot deactivate your own account.");
    const changed = await db.$transaction(async (tx) => {
      const user = await tx.user.findUnique({ where: { id: input.userId }, select: { role: true } });
      if (!user) throw new AppError("NOT_FOUND", "There is no such person.");
      if (user.role === "ADMIN") await requireAnotherAdmin(tx, input.userId);
      return deactivateInTx(tx, input.userId, "admin", actor.id, input.reason);
    });
    if (changed) endSessionsAfterCommit(afterCommit, input.userId);
    return { changed };
  },
});

export const reactivateAccount = defineUseCase({
  input: z.object({ userId: ZId }),
  permission: "people.manage",
  run: async ({ actor, input }) => {
    const changed = await db.$transaction(async (tx) => {
      const user = await tx.user.findUnique({ where: { id: input.userId }, select: { id: true } });
      if (!user) throw new AppError("NOT_FOUND", "There is no such person.");
      return reactivateInTx(tx, input.userId, "admin", actor.id);
    });
    return { changed };
  },
});

export const ZInviteInput = z.object({
  name: ZDisplayString({ error: "Enter their name" })
    .trim()
    .min(1, "Enter their name")
    .max(100, "Keep the name under 100 characters"),
  email: z
    .string({ error: "Enter their email" })
    .trim()
    .toLowerCase()
    .min(1, "Enter their email")
    .pipe(z.email("Enter an email address like name@company.com").max(254, "That email is too long")),
  role: z.enum(ROLES, { error: "Choose employee, leader or admin" }).default("EMPLOYEE"),
  title: ZDisplayString().trim().max(100, "Keep the title under 100 characters").default(""),
  department: ZDisplayString().trim().max(80, "Keep the department under 80 characters").default(""),
});

/**
 * Adds a person before their first sign-in. With single sign-on they sign in with the provider and are linked by
 * their verified email; the account has no password.
 */
export const inviteAccount = defineUseCase({
  input: ZInviteInput,
  permission: "people.manage",
  run: async ({ actor, input }) => {
    return db.$transaction(async (tx) => {
      const taken = await tx.user.findUnique({ where: { email: input.email }, select: { id: true } });
      if (taken) {
        throw new AppError("CONFLICT", "Someone already has that email.", { email: "Someone already has that email" });
      }
      const user = await tx.user.create({
        data: {
          email: input.email,
          name: input.name,
          handle: await freeHandle(tx, input.name, input.email),
          role: input.role,
          title: input.title,
          departmentId: input.department ? await departmentIdFor(tx, input.department) : null,
        },
        select: { id: true, handle: true },
      });
      await tx.auditEntry.create({
        data: {
          actorId: actor.id,
          action: "people.invited",
          targetType: "User",
          targetId: user.id,
          data: { role: input.role },
        },
      });
      return user;
    });
  },
});
