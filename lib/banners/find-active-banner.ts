import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { db } from "@/lib/db";

/** The newest banner that is neither cleared nor past its end, or null. */
export const findActiveBanner = defineUseCase({
  input: z.object({}),
  permission: "banners.read",
  run: async () =>
    db.banner.findFirst({
      where: { clearedAt: null, OR: [{ endsAt: null }, { endsAt: { gt: new Date() } }] },
      orderBy: { createdAt: "desc" },
      select: {
        id: true,
        message: true,
        tone: true,
        createdAt: true,
        author: { select: { name: true, handle: true } },
      },
    }),
});

export type ActiveBanner = Awaited<ReturnType<typeof findActiveBanner>>;
