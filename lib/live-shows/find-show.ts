import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { showSelect, toShowView, type ShowView } from "@/lib/live-shows/show-view";

export const ZFindShowInput = z.object({
  slug: z.string().trim().min(1).max(100).optional(),
  id: z.string().max(40).optional(),
});

/** One show, by its slug (pages) or id (live refetches), as the actor sees it. */
export const findShow = defineUseCase({
  input: ZFindShowInput,
  permission: "liveShows.read",
  run: async ({ actor, input }): Promise<ShowView> => {
    if (!input.slug && !input.id) throw new AppError("BAD_INPUT", "Name a show.");
    const row = await db.liveShow.findUnique({
      where: input.slug ? { slug: input.slug } : { id: input.id },
      select: showSelect(actor.id),
    });
    if (!row) throw new AppError("NOT_FOUND", "That show does not exist.");
    return toShowView(actor, row);
  },
});
