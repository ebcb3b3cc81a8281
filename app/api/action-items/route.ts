import type { NextRequest } from "next/server";
import { listActionItems } from "@/lib/action-items/list-action-items";
import { currentActor } from "@/lib/auth/current-user";
import { jsonRoute } from "@/lib/http";

// GET /api/action-items?group=none|assignee|leader&status=&assignee=&leader=&overdue=1&mine=1&cursor=&limit=
export const GET = jsonRoute(async (request: NextRequest) =>
  listActionItems(await currentActor(), Object.fromEntries(request.nextUrl.searchParams)),
);
