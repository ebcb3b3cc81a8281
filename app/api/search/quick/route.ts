import type { NextRequest } from "next/server";
import { currentActor } from "@/lib/auth/current-user";
import { jsonRoute } from "@/lib/http";
import { quickFind } from "@/lib/search/quick-find";

export const GET = jsonRoute(async (request: NextRequest) => {
  return quickFind(await currentActor(), Object.fromEntries(request.nextUrl.searchParams));
});
