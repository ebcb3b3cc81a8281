import type { NextRequest } from "next/server";
import { jsonRoute } from "@/lib/http";
import { unsubscribe } from "@/lib/mail/unsubscribe";

// The List-Unsubscribe-Post target: mail providers POST "List-Unsubscribe=One-Click" here, signed token in the URL.
export const POST = jsonRoute(async (request: NextRequest) =>
  unsubscribe(request.nextUrl.searchParams.get("token") ?? ""),
);
