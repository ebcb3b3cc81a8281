import type { NextRequest } from "next/server";
import { currentActor } from "@/lib/auth/current-user";
import { jsonRoute, jsonText } from "@/lib/http";
import { feedPageText, findFeedJson } from "@/lib/posts/find-feed";

// The hottest read: the posts arrive from the database as JSON texts and go out as they are (docs/benchmarks.md).
export const GET = jsonRoute(async (request: NextRequest) =>
  jsonText(feedPageText(await findFeedJson(await currentActor(), Object.fromEntries(request.nextUrl.searchParams)))),
);
