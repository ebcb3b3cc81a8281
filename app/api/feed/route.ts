import type { NextRequest } from "next/server";
import { currentActor } from "@/lib/auth/current-user";
import { jsonRoute } from "@/lib/http";
import { findFeed } from "@/lib/posts/find-feed";

export const GET = jsonRoute(async (request: NextRequest) => findFeed(await currentActor(), Object.fromEntries(request.nextUrl.searchParams)));
