import type { NextRequest } from "next/server";
import { currentActor } from "@/lib/auth/current-user";
import { jsonRoute } from "@/lib/http";
import { listPeople } from "@/lib/people/list-people";

export const GET = jsonRoute(async (request: NextRequest) => {
  return listPeople(await currentActor(), Object.fromEntries(request.nextUrl.searchParams));
});
