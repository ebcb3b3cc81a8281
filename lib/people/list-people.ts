import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { decodeKeyset, toPage, ZCursor } from "@/lib/pagination";
import { personCardSelect } from "@/lib/people/person-select";

export const ZListPeopleInput = z.object({
  q: z.string().trim().max(100).optional().default(""),
  department: z.string().trim().max(60).optional().default(""),
  location: z.string().trim().max(80).optional().default(""),
  cursor: ZCursor,
  limit: z.coerce.number().int().min(1).max(60).default(24),
});

export const listPeople = defineUseCase({
  input: ZListPeopleInput,
  permission: "people.read",
  run: async ({ input }) => {
    const after = decodeKeyset(input.cursor, ["string", "string"]);
    const where: Prisma.UserWhereInput = {
      deactivatedAt: null,
      ...(input.q && {
        OR: [
          { name: { contains: input.q, mode: "insensitive" } },
          { title: { contains: input.q, mode: "insensitive" } },
          { handle: { contains: input.q, mode: "insensitive" } },
        ],
      }),
      ...(input.department && { department: { slug: input.department } }),
      ...(input.location && { location: input.location }),
      // Keyset on (name, id): stable and index-backed however deep the page.
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
      select: personCardSelect,
    });
    return toPage(rows, input.limit, (row) => [row.name, row.id]);
  },
});

export const listDirectoryFilters = defineUseCase({
  input: z.object({}),
  permission: "people.read",
  run: async () => {
    const [departments, locations] = await Promise.all([
      db.department.findMany({ orderBy: { name: "asc" }, select: { slug: true, name: true } }),
      db.user.findMany({
        where: { deactivatedAt: null },
        distinct: ["location"],
        orderBy: { location: "asc" },
        select: { location: true },
      }),
    ]);
    return { departments, locations: locations.map((l) => l.location).filter(Boolean) };
  },
});
