import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { requireSameOrigin } from "@/lib/http";

const MUTATING = ["POST", "PUT", "PATCH", "DELETE"] as const;

function request(method: string, headers: Record<string, string>, url = "http://hearth.test/api/x") {
  return new Request(url, { method, headers: { host: "hearth.test", ...headers } });
}

function refusal(call: () => void): unknown {
  try {
    call();
    return null;
  } catch (error) {
    return error;
  }
}

async function routeFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return routeFiles(full);
      return Promise.resolve(entry.name === "route.ts" ? [full] : []);
    }),
  );
  return nested.flat();
}

describe("requireSameOrigin", () => {
  it("[AUTH] a state-changing request from another site is refused with 403 and a sentence", () => {
    for (const method of MUTATING) {
      for (const origin of [
        "https://evil.example",
        "http://hearth.test.evil.example",
        "http://hearth.test:8080",
        "null",
      ]) {
        const error = refusal(() => requireSameOrigin(request(method, { origin })));
        expect(error, `${method} from ${origin}`).toBeInstanceOf(AppError);
        expect(error).toMatchObject({ code: "FORBIDDEN", status: 403 });
        expect((error as Error).message).toMatch(/another site/);
      }
    }
  });

  it("[AUTH] same-origin requests, also behind a proxy that forwards the host, pass", () => {
    for (const method of MUTATING) {
      expect(refusal(() => requireSameOrigin(request(method, { origin: "http://hearth.test" })))).toBeNull();
      const proxied = request(method, {
        origin: "https://intranet.example",
        host: "127.0.0.1:3000",
        "x-forwarded-host": "intranet.example",
      });
      expect(refusal(() => requireSameOrigin(proxied))).toBeNull();
    }
  });

  it("[AUTH] without Origin a non-browser client passes, but a browser's cross-site fetch metadata is refused", () => {
    expect(refusal(() => requireSameOrigin(request("POST", {})))).toBeNull();
    expect(refusal(() => requireSameOrigin(request("POST", { "sec-fetch-site": "same-origin" })))).toBeNull();
    expect(refusal(() => requireSameOrigin(request("POST", { "sec-fetch-site": "cross-site" })))).toMatchObject({
      status: 403,
    });
  });

  it("[AUTH] reads are never refused for their origin", () => {
    for (const method of ["GET", "HEAD", "OPTIONS"]) {
      expect(refusal(() => requireSameOrigin(request(method, { origin: "https://evil.example" })))).toBeNull();
    }
  });

  it("[AUTH] every state-changing route handler under app/api refuses another site's request with 403", async () => {
    const root = path.join(process.cwd(), "app/api");
    const files = await routeFiles(root);
    let checked = 0;
    for (const file of files) {
      // Auth.js guards its own POSTs (sign-in, sign-out) with its double-submit CSRF token, and a provider may post back.
      if (file.includes(`${path.sep}auth${path.sep}[...nextauth]`)) continue;
      const source = await readFile(file, "utf8");
      const methods = MUTATING.filter((method) =>
        new RegExp(`export (const|async function) ${method}\\b`).test(source),
      );
      if (methods.length === 0) continue;
      const route = (await import(file)) as Record<string, (request: Request, context: unknown) => Promise<Response>>;
      for (const method of methods) {
        const handler = route[method];
        if (!handler) throw new Error(`${file} exports no ${method}`);
        const response = await handler(
          request(method, { origin: "https://evil.example" }, "http://hearth.test/api/route"),
          { params: Promise.resolve({ id: "x" }) },
        );
        expect(response.status, `${method} ${path.relative(root, file)}`).toBe(403);
        expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(/another site/);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(2); // the image and video uploads, at least
  });
});
