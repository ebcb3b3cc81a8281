import type { NextRequest } from "next/server";
import { currentActor } from "@/lib/auth/current-user";
import { jsonRoute } from "@/lib/http";
import { listNotifications } from "@/lib/notifications/list-notifications";

export const GET = jsonRoute(async (request: NextRequest) =>
  listNotifications(await currentActor(), Object.fromEntries(request.nextUrl.searchParams)),
);
