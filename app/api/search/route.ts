import type { NextRequest } from "next/server";
import { currentActor } from "@/lib/auth/current-user";
import { jsonRoute } from "@/lib/http";
import { search } from "@/lib/search/search";

export const GET = jsonRoute(async (request: NextRequest) => {
  return search(await currentActor(), Object.fromEntries(request.nextUrl.searchParams));
});
