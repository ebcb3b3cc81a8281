// `npm run bench:pages`: what the browser pays for each main route on the production build with the demo data.
// For every route, in a fresh browser context (cold cache) signed in as the demo person who may open it, it loads
// the page in Debian's Chromium and records: the JavaScript fetched until the load event ("first load", gzipped
// and as transferred), the JavaScript fetched after it until the network is idle without any interaction, the
// number of DOM elements, and the Largest Contentful Paint. Unthrottled and with the CPU throttled 4× (CDP
// Emulation.setCPUThrottlingRate, Lighthouse's mobile factor); the median of --runs loads each.
// It prints figures and checks the issue's targets (first-load JS ≤ 150 KB gzipped on every route, home LCP
// ≤ 1.0 s at 4×); it exits 0 either way: it is a benchmark, not a test.
//
//   npm run bench:pages                     # 3 runs per route and mode
//   npm run bench:pages -- --runs 5 --only /,/pride
//   npm run bench:pages -- --origin http://localhost:3000   # an app already running with the demo data
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { chromium, type Browser, type BrowserContext } from "@playwright/test";
import { freePort } from "@/lib/db/embedded";
import { DEMO_PASSWORD, emailOf } from "@/prisma/seed/organisation";
import { startChild, stopChildren, waitForHealthy, type Child } from "./child";
import { signIn } from "./servers";

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
};
const RUNS = Number(option("runs") ?? 3);
const ONLY = option("only")?.split(",");
const JS_TARGET_KB = 150;
const LCP_TARGET_MS = 1000;
const log = (line: string) => console.log(line);

type Who = "sophie" | "maria" | "noah";
type Route = { label: string; path: string; as: Who };
type Sample = { firstJsGzip: number; firstJsWire: number; laterJsGzip: number; dom: number; lcp: number };

async function startDemoApp(): Promise<{ origin: string; child: Child }> {
  const port = await freePort();
  const origin = `http://localhost:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HEARTH_DATA_DIR: path.join(process.cwd(), ".data", "bench-pages"),
    HEARTH_FRESH_DB: "1", // the demo organisation as a fresh `npm start` seeds it, every run alike
    AUTH_SECRET: randomBytes(30).toString("base64url"),
    PORT: String(port),
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  delete env.DATABASE_URL;
  const child = startChild("the app (scripts/start.ts)", "npx", ["tsx", "scripts/start.ts"], env, (line) => {
    if (/Building|Compiled|error|Hearth is running|Seeded/i.test(line)) log(`  app: ${line.trim()}`);
  });
  await waitForHealthy(child, `${origin}/api/health`, 15 * 60_000);
  return { origin, child };
}

async function signedInContext(browser: Browser, origin: string, cookies: Map<Who, string>, who: Who) {
  if (!cookies.has(who)) cookies.set(who, await signIn(origin, emailOf(who), DEMO_PASSWORD));
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const url = new URL(origin);
  await context.addCookies(
    cookies
      .get(who)!
      .split("; ")
      .map((pair) => {
        const at = pair.indexOf("=");
        return { name: pair.slice(0, at), value: pair.slice(at + 1), domain: url.hostname, path: "/" };
      }),
  );
  return context;
}

/** One cold load of `url`: JS split at the load event, DOM size and LCP once the network is idle. */
async function measure(context: BrowserContext, url: string, throttle: number): Promise<Sample> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  if (throttle > 1) await cdp.send("Emulation.setCPUThrottlingRate", { rate: throttle });
  const scripts = new Map<string, { url: string; afterLoad: boolean; wire: number }>();
  let loaded = false;
  cdp.on("Network.responseReceived", (event) => {
    if (event.type === "Script" && event.response.url.startsWith(new URL(url).origin))
      scripts.set(event.requestId, { url: event.response.url, afterLoad: loaded, wire: 0 });
  });
  cdp.on("Network.loadingFinished", (event) => {
    const script = scripts.get(event.requestId);
    if (script) script.wire = event.encodedDataLength;
  });
  const bodies = new Map<string, Buffer>();
  page.on("response", async (response) => {
    if (response.request().resourceType() === "script")
      bodies.set(response.url(), await response.body().catch(() => Buffer.alloc(0)));
  });
  page.on("load", () => (loaded = true));
  await page.addInitScript(() => {
    (window as unknown as { __lcp: number }).__lcp = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) (window as unknown as { __lcp: number }).__lcp = entry.startTime;
    }).observe({ type: "largest-contentful-paint", buffered: true });
  });
  const response = await page.goto(url, { waitUntil: "load" });
  if (!response?.ok()) throw new Error(`${url} answered ${response?.status()}`);
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(300);
  const { dom, lcp } = await page.evaluate(() => ({
    dom: document.getElementsByTagName("*").length,
    lcp: (window as unknown as { __lcp: number }).__lcp,
  }));
  const sample: Sample = { firstJsGzip: 0, firstJsWire: 0, laterJsGzip: 0, dom, lcp };
  for (const script of scripts.values()) {
    const gzip = gzipSync(bodies.get(script.url) ?? Buffer.alloc(0)).length;
    if (script.afterLoad) sample.laterJsGzip += gzip;
    else {
      sample.firstJsGzip += gzip;
      sample.firstJsWire += script.wire;
    }
  }
  await page.close();
  return sample;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

async function discoverRoutes(browser: Browser, origin: string, cookies: Map<Who, string>): Promise<Route[]> {
  const context = await signedInContext(browser, origin, cookies, "sophie");
  const page = await context.newPage();
  const firstHref = async (url: string, pattern: RegExp) => {
    await page.goto(origin + url);
    const hrefs = await page.$$eval("main a[href]", (links) => links.map((a) => a.getAttribute("href") ?? ""));
    return hrefs.find((href) => pattern.test(href));
  };
  const post = await firstHref("/", /^\/posts\/[^/#?]+$/);
  const community = await firstHref("/communities", /^\/communities\/(?!new)[^/#?]+$/);
  const show = await firstHref("/events", /^\/events\/(?!new)[^/#?]+$/);
  const question = await firstHref("/ask", /^\/ask\/(?!ama)[^/#?]+$/);
  const challenge = await firstHref("/challenges", /^\/challenges\/(?!new)[^/#?]+$/);
  await context.close();
  const routes: Route[] = [
    { label: "home", path: "/", as: "sophie" },
    { label: "pride", path: "/pride", as: "sophie" },
    { label: "ask", path: "/ask", as: "sophie" },
    { label: "question", path: question ?? "", as: "sophie" },
    { label: "actions", path: "/actions", as: "sophie" },
    { label: "communities", path: "/communities", as: "sophie" },
    { label: "community", path: community ?? "", as: "sophie" },
    { label: "post", path: post ?? "", as: "sophie" },
    { label: "events", path: "/events", as: "sophie" },
    { label: "live show", path: show ?? "", as: "sophie" },
    { label: "challenges", path: "/challenges", as: "sophie" },
    { label: "challenge", path: challenge ?? "", as: "sophie" },
    { label: "people", path: "/people", as: "sophie" },
    { label: "profile", path: "/people/maria-van-den-berg", as: "sophie" },
    { label: "notifications", path: "/notifications", as: "sophie" },
    { label: "settings", path: "/settings", as: "sophie" },
    { label: "insights", path: "/insights", as: "maria" },
    { label: "admin", path: "/admin", as: "noah" },
  ];
  return routes.filter((route) => route.path && (!ONLY || ONLY.includes(route.path) || ONLY.includes(route.label)));
}

async function main() {
  let child: Child | undefined;
  let origin = option("origin");
  if (!origin) {
    log("Starting the app on a fresh embedded demo database (.data/bench-pages) …");
    ({ origin, child } = await startDemoApp());
  }
  const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  const browser = await chromium.launch({
    ...(existsSync(executablePath) && { executablePath }),
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  try {
    const cookies = new Map<Who, string>();
    const routes = await discoverRoutes(browser, origin, cookies);
    // One warm-up load per route so the server's first-render costs (compilation caches) are not counted.
    for (const route of routes) {
      const context = await signedInContext(browser, origin, cookies, route.as);
      await measure(context, origin + route.path, 1).catch(() => {});
      await context.close();
    }
    const rows: string[][] = [];
    const misses: string[] = [];
    for (const route of routes) {
      const plain: Sample[] = [];
      const slow: Sample[] = [];
      for (let run = 0; run < RUNS; run++) {
        for (const [throttle, into] of [
          [1, plain],
          [4, slow],
        ] as const) {
          const context = await signedInContext(browser, origin, cookies, route.as);
          into.push(await measure(context, origin + route.path, throttle));
          await context.close();
        }
      }
      const pick = (samples: Sample[], key: keyof Sample) => median(samples.map((sample) => sample[key]));
      const firstJs = pick(plain, "firstJsGzip");
      const lcp4 = pick(slow, "lcp");
      rows.push([
        route.label,
        route.path,
        kb(firstJs),
        kb(pick(plain, "firstJsWire")),
        kb(pick(plain, "laterJsGzip")),
        String(Math.round(pick(plain, "dom"))),
        (pick(plain, "lcp") / 1000).toFixed(2),
        (lcp4 / 1000).toFixed(2),
      ]);
      log(`  ${route.label.padEnd(14)} | ${rows.at(-1)!.slice(2).join(" | ")}`);
      if (firstJs > JS_TARGET_KB * 1024)
        misses.push(`${route.label}: first-load JS ${kb(firstJs)} KB > ${JS_TARGET_KB}`);
      if (route.path === "/" && lcp4 > LCP_TARGET_MS)
        misses.push(`home: LCP at 4× CPU ${(lcp4 / 1000).toFixed(2)} s > ${LCP_TARGET_MS / 1000}`);
    }
    const header = [
      "route",
      "path",
      "first-load JS gz KB",
      "as sent KB",
      "JS after load gz KB",
      "DOM elements",
      "LCP s",
      "LCP s (4× CPU)",
    ];
    log("");
    log(
      `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GB, ` +
        `Node ${process.version}, ${browser.version()} (Chromium), load ${os
          .loadavg()
          .map((n) => n.toFixed(2))
          .join(" ")}; median of ${RUNS} cold loads at 1440×900.`,
    );
    log("");
    log(`| ${header.join(" | ")} |`);
    log(`|${header.map((_, i) => (i < 2 ? " --- " : " ---: ")).join("|")}|`);
    for (const row of rows) log(`| ${row.map((cell, i) => (i === 1 ? `\`${cell}\`` : cell)).join(" | ")} |`);
    log("");
    if (misses.length === 0)
      log(`PASS: every route ≤ ${JS_TARGET_KB} KB first-load JS; home LCP ≤ ${LCP_TARGET_MS / 1000} s at 4×.`);
    else for (const miss of misses) log(`MISS ${miss}`);
  } finally {
    await browser.close();
    if (child) await stopChildren();
  }
}

main().catch(async (error) => {
  console.error(error instanceof Error ? error.message : error);
  await stopChildren();
  process.exitCode = 1;
});

process.on("SIGINT", () => void stopChildren().then(() => process.exit(130)));
