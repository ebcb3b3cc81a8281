import type { NextRequest } from "next/server";
import { listSourceActionItems } from "@/lib/action-items/list-source-action-items";
import { currentActor } from "@/lib/auth/current-user";
import { jsonRoute } from "@/lib/http";

// GET /api/action-items/sources?answerId= | ?postId= | ?commentsOfPostId= → { items, canAssign }
export const GET = jsonRoute(async (request: NextRequest) =>
  listSourceActionItems(await currentActor(), Object.fromEntries(request.nextUrl.searchParams)),
);
