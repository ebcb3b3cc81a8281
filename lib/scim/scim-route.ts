import "server-only";
import { env } from "@/lib/env";
import { reportUnexpected } from "@/lib/errors";
import { isDatabaseBusy } from "@/lib/db/busy";
import { authenticateScim } from "@/lib/scim/scim-tokens";
import { SCIM_CONTENT_TYPE, ScimError } from "@/lib/scim/scim-error";

type Context = { params: Promise<Record<string, string>> };
export type ScimHandler = (
  request: Request,
  scim: { baseUrl: string; params: Record<string, string>; query: URLSearchParams },
) => Promise<unknown>;

const MAX_BODY = 1_000_000;

/** The public URL resources name themselves by: AUTH_URL when set, else the request's own origin. */
function baseUrlOf(request: Request): string {
  const configured = env().AUTH_URL;
  return (configured ? new URL(configured).origin : new URL(request.url).origin).replace(/\/$/, "");
}

/**
 * Wraps a SCIM route handler: the bearer token first, then the handler; its result is sent as application/scim+json
 * (201 for a POST, 204 for null), and every failure as SCIM's error shape with its status. No Origin check: a
 * SCIM client is a server that carries no one's cookies, and the bearer token is the credential.
 */
export function scimRoute(handler: ScimHandler, { created = false } = {}) {
  return async (request: Request, context: Context): Promise<Response> => {
    try {
      await authenticateScim(request);
      const length = Number(request.headers.get("content-length") ?? 0);
      if (length > MAX_BODY) throw new ScimError(413, "The request body is larger than 1 MB.");
      const result = await handler(request, {
        baseUrl: baseUrlOf(request),
        params: (await context.params) ?? {},
        query: new URL(request.url).searchParams,
      });
      if (result === null) return new Response(null, { status: 204 });
      return new Response(JSON.stringify(result), {
        status: created ? 201 : 200,
        headers: { "Content-Type": SCIM_CONTENT_TYPE, "Cache-Control": "no-store" },
      });
    } catch (error) {
      const scim =
        error instanceof ScimError
          ? error
          : isDatabaseBusy(error)
            ? new ScimError(503, "Hearth is busy; retry shortly.")
            : new ScimError(500, `Unexpected error ${reportUnexpected(error)}`);
      return new Response(JSON.stringify(scim.body()), {
        status: scim.status,
        headers: {
          "Content-Type": SCIM_CONTENT_TYPE,
          ...(scim.status === 401 && { "WWW-Authenticate": 'Bearer realm="Hearth SCIM"' }),
          ...(scim.status === 503 && { "Retry-After": "5" }),
        },
      });
    }
  };
}

/** The JSON body, or SCIM's invalidSyntax. */
export async function scimBody(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    throw new ScimError(400, "The body is not valid JSON", "invalidSyntax");
  }
}
