import "server-only";
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
