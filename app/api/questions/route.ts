import type { NextRequest } from "next/server";
import { currentActor } from "@/lib/auth/current-user";
import { jsonRoute } from "@/lib/http";
import { findQuestionsByIds } from "@/lib/questions/find-questions-by-ids";
import { listQuestions } from "@/lib/questions/list-questions";

// GET /api/questions?sort=votes&leaderId=…&status=…&cursor=… — a page of the list.
// GET /api/questions?ids=a,b — what a live event named, as the caller may see it.
export const GET = jsonRoute(async (request: NextRequest) => {
  const params = request.nextUrl.searchParams;
  const actor = await currentActor();
  if (params.has("ids"))
    return { items: await findQuestionsByIds(actor, { ids: (params.get("ids") ?? "").split(",").filter(Boolean) }) };
  return listQuestions(actor, Object.fromEntries(params));
});
