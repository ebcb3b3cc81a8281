import "server-only";
import { notFound, redirect } from "next/navigation";
import { NextResponse } from "next/server";
import { errorReply, isAppError } from "@/lib/errors";

/** Wraps a route handler: expected errors become their status and sentence, the rest a 500 with an id. */
export function jsonRoute<A extends unknown[]>(handler: (...args: A) => Promise<unknown>) {
  return async (...args: A): Promise<Response> => {
    try {
      const result = await handler(...args);
      return result instanceof Response
        ? result
        : NextResponse.json(result, { headers: { "Cache-Control": "no-store" } });
    } catch (error) {
      const reply = errorReply(error);
      return NextResponse.json(reply.body, { status: reply.status, headers: reply.headers });
    }
  };
}

/**
 * For pages: a domain refusal becomes the right navigation. Signed out → sign-in (and back to `path`);
 * missing, hidden or malformed → the 404 page, whatever the reason (no "403, but here is the title").
 */
export function pageRefusal(error: unknown, path: string): never {
  if (isAppError(error)) {
    if (error.code === "UNAUTHENTICATED") redirect(`/signin?callbackUrl=${encodeURIComponent(path)}`);
    if (error.code === "NOT_FOUND" || error.code === "BAD_INPUT" || error.code === "FORBIDDEN") notFound();
  }
  throw error;
}
