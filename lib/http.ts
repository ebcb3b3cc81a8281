import "server-only";
import { notFound, redirect } from "next/navigation";
import { NextResponse } from "next/server";
import { isAppError, reportUnexpected } from "@/lib/errors";

/** Wraps a route handler: expected errors become their status and sentence, the rest a 500 with an id. */
export function jsonRoute<A extends unknown[]>(handler: (...args: A) => Promise<unknown>) {
  return async (...args: A): Promise<Response> => {
    try {
      const result = await handler(...args);
      return result instanceof Response ? result : NextResponse.json(result, { headers: { "Cache-Control": "no-store" } });
    } catch (error) {
      if (isAppError(error)) {
        return NextResponse.json({ error: { code: error.code, message: error.message, fields: error.fieldErrors } }, { status: error.status });
      }
      const id = reportUnexpected(error);
      return NextResponse.json({ error: { code: "INTERNAL", message: `Something went wrong (error ${id}).` } }, { status: 500 });
    }
  };
}

/** A 200 whose body is JSON already serialised (a domain function built it); never cached. */
export function jsonText(body: string): Response {
  return new Response(body, { headers: { "Content-Type": "application/json", "Cache-Control": "no-store" } });
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
