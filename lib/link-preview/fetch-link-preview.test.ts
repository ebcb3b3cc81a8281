import http, { type IncomingHttpHeaders, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  checkUrl,
  fetchLinkPreview,
  isPublicAddress,
  type FetchPreviewOptions,
} from "@/lib/link-preview/fetch-link-preview";

// One local server on 127.0.0.1 plays every site. Tests reach it as http://preview.test:<port> through an injected
// lookup, and allowAddress lets only that name through to 127.0.0.1 — every other rule stays on.

type Seen = { path: string; headers: IncomingHttpHeaders };
let server: http.Server;
let port = 0;
let seen: Seen[] = [];
let bigServed = 0;
let bigClosed: Promise<boolean>; // resolves with "was the response cut off before it finished?"
let slowClosed: Promise<boolean>; // the same for the page that never answers

const html = (head: string) => `<!doctype html><html><head>${head}</head><body><p>Hello</p></body></html>`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function send(res: ServerResponse, status: number, body: string | Buffer, type = "text/html; charset=utf-8") {
  res.writeHead(status, { "Content-Type": type });
  res.end(body);
}

async function serveBig(res: ServerResponse) {
  let markClosed: (cutOff: boolean) => void = () => {};
  bigClosed = new Promise((resolve) => (markClosed = resolve));
  res.on("close", () => markClosed(!res.writableFinished));
  res.writeHead(200, { "Content-Type": "text/html", "Content-Length": String(3_000_000) });
  const start = "<html><head><title>Big page</title>";
  res.write(start);
  bigServed = start.length;
  const filler = `<meta name="filler" content="${"x".repeat(16_000)}">`;
  // Paced, so a reader that stops early is visible here as a connection closed long before 3 MB went out.
  while (bigServed < 3_000_000 && !res.destroyed) {
    const chunk = filler.slice(0, Math.min(filler.length, 3_000_000 - bigServed));
    bigServed += chunk.length;
    if (!res.write(chunk)) await new Promise((resolve) => res.once("drain", resolve).once("close", resolve));
    await sleep(2);
  }
  res.end();
}

const routes: Record<string, (res: ServerResponse) => void | Promise<void>> = {
  "/og": (res) =>
    send(
      res,
      200,
      html(`
      <meta charset="utf-8"><title>Fallback title</title>
      <meta property="og:title" content="Fish &amp; Chips &#8212; caf&eacute;">
      <meta property="og:description" content="The best &quot;chippy&quot; in town">
      <meta property="og:site_name" content="Hearth Eats">
      <meta property="og:image" content="../images/fish.png">`),
    ),
  "/title-only": (res) =>
    send(res, 200, html(`<title> Just a &lt;title&gt; </title><meta name="description" content="Plain">`)),
  "/no-title": (res) => send(res, 200, html(`<meta name="description" content="No title here">`)),
  "/latin1": (res) =>
    // 0xE9 é, 0x96 – and 0xFC ü in Windows-1252; as UTF-8 these bytes would be garbage
    send(
      res,
      200,
      Buffer.from(html(`<meta charset="windows-1252"><title>Caf\xe9 \x96 Men\xfc</title>`), "latin1"),
      "text/html",
    ),
  "/redirect-to-og": (res) => {
    res.writeHead(302, { Location: "/articles/og-page" });
    res.end();
  },
  "/articles/og-page": (res) => routes["/og"]?.(res),
  "/hop1": (res) => redirect(res, "/hop2"),
  "/hop2": (res) => redirect(res, "/hop3"),
  "/hop3": (res) => redirect(res, "/og"),
  "/hop0": (res) => redirect(res, "/hop1"),
  "/to-loopback": (res) => redirect(res, `http://127.0.0.1:${port}/secret`),
  "/to-internal-name": (res) => redirect(res, `http://internal.test:${port}/secret`),
  "/to-file": (res) => redirect(res, "file:///etc/passwd"),
  "/secret": (res) => send(res, 200, html("<title>Secret</title>")),
  "/json": (res) => send(res, 200, JSON.stringify({ title: "x" }), "application/json"),
  "/no-type": (res) => {
    res.writeHead(200);
    res.end(html("<title>Untyped</title>"));
  },
  "/gzip": (res) => {
    res.writeHead(200, { "Content-Type": "text/html", "Content-Encoding": "gzip" });
    res.end(html("<title>Pretend gzip</title>"));
  },
  "/not-found": (res) => send(res, 404, html("<title>Not found</title>")),
  "/error": (res) => send(res, 500, html("<title>Oops</title>")),
  // Never answers: only the client's own budget can end the request.
  "/slow": (res) => {
    slowClosed = new Promise((resolve) => res.on("close", () => resolve(!res.writableFinished)));
  },
  "/trickle": async (res) => {
    res.writeHead(200, { "Content-Type": "text/html" });
    res.write("<html><head><title>Trickle</title>");
    while (!res.destroyed) {
      res.write(" ");
      await sleep(50);
    }
  },
  "/big": serveBig,
};

function redirect(res: ServerResponse, location: string) {
  res.writeHead(302, { Location: location });
  res.end();
}

beforeAll(async () => {
  server = http.createServer((req, res) => {
    seen.push({ path: req.url ?? "", headers: req.headers });
    const route = routes[req.url ?? ""];
    if (route) void route(res);
    else send(res, 404, "");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  seen = [];
});

/** preview.test and internal.test both resolve to the test server; only preview.test may be connected to. */
function testOptions(extra: FetchPreviewOptions = {}): FetchPreviewOptions {
  return {
    lookup: async (host) =>
      host === "preview.test" || host === "internal.test" ? [{ address: "127.0.0.1", family: 4 }] : [],
    allowAddress: (_address, hostname) => hostname === "preview.test",
    allowedPorts: [port],
    ...extra,
  };
}
const at = (path: string) => `http://preview.test:${port}${path}`;

describe("fetchLinkPreview", () => {
  it("[PREVIEW] reads Open Graph tags, decodes entities and sends our headers to the hostname", async () => {
    const preview = await fetchLinkPreview(at("/og"), testOptions());
    expect(preview).toEqual({
      url: at("/og"),
      title: "Fish & Chips — café",
      description: 'The best "chippy" in town',
      siteName: "Hearth Eats",
      imageUrl: `http://preview.test:${port}/images/fish.png`,
    });
    expect(seen).toHaveLength(1);
    expect(seen[0]?.headers).toMatchObject({
      "user-agent": "HearthLinkPreview/1.0",
      accept: "text/html",
      host: `preview.test:${port}`,
    });
  });

  it("[PREVIEW] follows a redirect, reports the final URL and resolves a relative og:image against it", async () => {
    const preview = await fetchLinkPreview(at("/redirect-to-og"), testOptions());
    expect(preview?.url).toBe(at("/articles/og-page"));
    expect(preview?.imageUrl).toBe(`http://preview.test:${port}/images/fish.png`);
  });

  it("[PREVIEW] falls back to <title> and meta description; no title at all gives null", async () => {
    expect(await fetchLinkPreview(at("/title-only"), testOptions())).toEqual({
      url: at("/title-only"),
      title: "Just a <title>",
      description: "Plain",
      siteName: "preview.test",
      imageUrl: null,
    });
    expect(await fetchLinkPreview(at("/no-title"), testOptions())).toBeNull();
  });

  it("[PREVIEW] decodes the page in the charset its <meta> names", async () => {
    expect((await fetchLinkPreview(at("/latin1"), testOptions()))?.title).toBe("Café – Menü");
  });

  it("[PREVIEW] resolves each hostname once per hop and connects to the address it checked", async () => {
    const asked: string[] = [];
    // A rebinding resolver: the first answer is the test server, later ones an address nothing listens on. The
    // system resolver knows no preview.test, so a preview at all means the socket used the address we checked.
    const rebinding = async (host: string) => {
      asked.push(host);
      return [{ address: asked.length === 1 ? "127.0.0.1" : "127.0.0.9", family: 4 as const }];
    };
    expect((await fetchLinkPreview(at("/og"), { ...testOptions(), lookup: rebinding }))?.title).toBe(
      "Fish & Chips — café",
    );
    expect(asked).toEqual(["preview.test"]);

    asked.length = 0;
    const counting = async (host: string) => (asked.push(host), [{ address: "127.0.0.1", family: 4 as const }]);
    expect(await fetchLinkPreview(at("/redirect-to-og"), { ...testOptions(), lookup: counting })).not.toBeNull();
    expect(asked).toEqual(["preview.test", "preview.test"]);
  });

  it("[PREVIEW] refuses loopback, private, link-local and odd spellings of them without touching the network", async () => {
    const refused = [
      `http://127.0.0.1:${port}/og`,
      "http://[::1]/",
      "http://169.254.169.254/latest/meta-data/",
      "http://10.0.0.1/",
      "http://192.168.1.1/",
      "http://0.0.0.0/",
      "http://2130706433/",
      `http://0x7f.1:${port}/og`,
      `http://017700000001:${port}/og`,
      "http://[::ffff:127.0.0.1]/",
      "http://100.64.0.1/",
    ];
    for (const url of refused) {
      const check = checkUrl(url, [80, port]);
      expect(check.ok ? "ok" : check.reason, url).toMatch(/is not public/);
      // allowedPorts includes the server's port, so only the address rule stands between these and the server
      expect(await fetchLinkPreview(url, { allowedPorts: [80, port] }), url).toBeNull();
    }
    expect(seen).toEqual([]);
  });

  it("[PREVIEW] refuses localhost through the real resolver", async () => {
    expect(await fetchLinkPreview(`http://localhost:${port}/og`, { allowedPorts: [port] })).toBeNull();
    expect(seen).toEqual([]);
    // the control: the same page is there when the address is let through
    expect(
      await fetchLinkPreview(`http://localhost:${port}/og`, { allowedPorts: [port], allowAddress: () => true }),
    ).not.toBeNull();
  });

  it("[PREVIEW] refuses other schemes, credentials and ports", async () => {
    for (const url of [
      "ftp://x",
      "javascript:alert(1)",
      "file:///etc/passwd",
      "http://user:pw@example.com/",
      "not a url",
      "",
    ]) {
      expect(await fetchLinkPreview(url), url).toBeNull();
    }
    expect(await fetchLinkPreview(`http://user:pw@preview.test:${port}/og`, testOptions())).toBeNull();
    expect(await fetchLinkPreview(at("/og"), { ...testOptions(), allowedPorts: undefined })).toBeNull(); // port not 80/443
    expect(seen).toEqual([]);
  });

  it("[PREVIEW] a name that resolves to a private address is refused, even alongside a public one", async () => {
    const treat127AsPublic = (address: string) => address === "127.0.0.1" || isPublicAddress(address);
    const resolvingTo =
      (...addresses: string[]) =>
      async () =>
        addresses.map((address) => ({ address, family: 4 as const }));
    const options = { allowAddress: treat127AsPublic, allowedPorts: [port] };

    expect(await fetchLinkPreview(at("/og"), { ...options, lookup: resolvingTo("127.0.0.1", "10.0.0.5") })).toBeNull();
    expect(
      await fetchLinkPreview(at("/og"), { ...options, lookup: resolvingTo("127.0.0.1", "169.254.169.254") }),
    ).toBeNull();
    expect(await fetchLinkPreview(at("/og"), { allowedPorts: [port], lookup: resolvingTo("127.0.0.1") })).toBeNull(); // no override
    expect(await fetchLinkPreview(at("/og"), { ...options, lookup: resolvingTo() })).toBeNull(); // no answer
    expect(seen).toEqual([]);
    // the control: the same name with only the "public" address is fetched
    expect(await fetchLinkPreview(at("/og"), { ...options, lookup: resolvingTo("127.0.0.1") })).not.toBeNull();
  });

  it("[PREVIEW] every redirect hop is checked: a page redirecting inward is refused", async () => {
    expect(await fetchLinkPreview(at("/to-loopback"), testOptions())).toBeNull();
    expect(await fetchLinkPreview(at("/to-internal-name"), testOptions())).toBeNull();
    expect(await fetchLinkPreview(at("/to-file"), testOptions())).toBeNull();
    expect(seen.map((request) => request.path)).toEqual(["/to-loopback", "/to-internal-name", "/to-file"]); // /secret never
  });

  it("[PREVIEW] follows 3 redirects but not 4", async () => {
    expect((await fetchLinkPreview(at("/hop1"), testOptions()))?.url).toBe(at("/og"));
    seen = [];
    expect(await fetchLinkPreview(at("/hop0"), testOptions())).toBeNull();
    expect(seen.map((request) => request.path)).toEqual(["/hop0", "/hop1", "/hop2", "/hop3"]);
  });

  it("[PREVIEW] error statuses, non-HTML and compressed bodies give null", async () => {
    for (const path of ["/not-found", "/error", "/json", "/no-type", "/gzip"]) {
      expect(await fetchLinkPreview(at(path), testOptions()), path).toBeNull();
    }
  });

  // The pages below never finish on their own: that the fetch returns at all is the budget at work (a fetch without
  // one would hang until the test's timeout), so no wall-clock figure is needed.
  it("[PREVIEW] a server that never answers gives null once the budget runs out, and the request is dropped", async () => {
    expect(await fetchLinkPreview(at("/slow"), testOptions({ timeoutMs: 300 }))).toBeNull();
    expect(await slowClosed).toBe(true);
  });

  it("[PREVIEW] the budget covers a body that never ends and a lookup that never answers", async () => {
    expect(await fetchLinkPreview(at("/trickle"), testOptions({ timeoutMs: 300 }))).toBeNull();
    expect(
      await fetchLinkPreview(at("/og"), testOptions({ timeoutMs: 300, lookup: () => new Promise(() => {}) })),
    ).toBeNull();
  });

  it("[PREVIEW] stops reading at maxBytes and drops the connection, keeping what it read", async () => {
    const preview = await fetchLinkPreview(at("/big"), testOptions({ maxBytes: 100_000 }));
    expect(preview?.title).toBe("Big page");
    expect(await bigClosed).toBe(true); // the server's response was cut off…
    expect(bigServed).toBeLessThan(1_000_000); // …long before the 3 MB it meant to send
  });
});
