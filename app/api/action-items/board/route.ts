import type { NextRequest } from "next/server";
import { findActionItemBoard } from "@/lib/action-items/find-action-item-board";
import { currentActor } from "@/lib/auth/current-user";
import { jsonRoute } from "@/lib/http";

// GET /api/action-items/board?status=&assignee=&leader=&overdue=1&mine=1&limit= → one column per status
export const GET = jsonRoute(async (request: NextRequest) => ({
  columns: await findActionItemBoard(await currentActor(), Object.fromEntries(request.nextUrl.searchParams)),
}));
