import "server-only";
import dns from "node:dns";
import http, { type IncomingMessage } from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import ipaddr from "ipaddr.js";
import {
  bareHostname,
  checkUrl,
  DEFAULT_ALLOWED_PORTS,
  effectivePort,
  isIpLiteral,
  isPublicAddress,
} from "./check-url";
import { decodeBody } from "./decode-body";
import { type LinkPreview, parseLinkPreview } from "./parse-link-preview";

export { checkUrl, isPublicAddress, type UrlCheck } from "./check-url";
export type { LinkPreview } from "./parse-link-preview";

export type ResolvedAddress = { address: string; family: 4 | 6 };

export type FetchPreviewOptions = {
  /** Total budget for DNS, connecting, redirects and the body. Default and maximum 5000. */
  timeoutMs?: number;
  /** Bytes of body read at most; past it the connection is dropped and what was read is parsed. Default and maximum 1,000,000. */
  maxBytes?: number;
  /** Tests only: resolves a hostname instead of dns.lookup. */
  lookup?: (host: string) => Promise<ResolvedAddress[]>;
  /** Tests only: replaces isPublicAddress for the addresses a hostname resolved to (never for IP-literal URLs). */
  allowAddress?: (address: string, hostname: string) => boolean;
  /** Tests only: ports other than 80 and 443. */
  allowedPorts?: number[];
};

const MAX_TIMEOUT_MS = 5000;
const MAX_BYTES = 1_000_000;
const MAX_REDIRECTS = 3;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const HTML_TYPES = new Set(["text/html", "application/xhtml+xml"]);
const HEADERS = { "User-Agent": "HearthLinkPreview/1.0", Accept: "text/html", "Accept-Encoding": "identity" };

/**
 * Fetches a page and reads its title, description, site name and image for a link card. Null whenever the page
 * cannot be previewed — a refused or invalid URL, a non-public address, an error status, a non-HTML response,
 * more than 3 redirects, a timeout, or no title. Never throws.
 */
export async function fetchLinkPreview(url: string, options: FetchPreviewOptions = {}): Promise<LinkPreview | null> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), bounded(options.timeoutMs, MAX_TIMEOUT_MS));
  try {
    return await followRedirects(url, options, controller.signal);
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
    controller.abort(); // whatever is still open (a socket, a slow lookup) is dropped with the call
  }
}

function bounded(value: number | undefined, max: number): number {
  return value !== undefined && Number.isFinite(value) && value > 0 ? Math.min(Math.floor(value), max) : max;
}

async function followRedirects(start: string, options: FetchPreviewOptions, signal: AbortSignal) {
  const maxBytes = bounded(options.maxBytes, MAX_BYTES);
  let current = start;
  // Every hop, the first included, passes the same URL and address checks.
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    const checked = checkUrl(current, options.allowedPorts ?? DEFAULT_ALLOWED_PORTS);
    if (!checked.ok) return null;
    const url = checked.url;
    const target = await resolveTarget(url, options, signal);
    if (!target) return null;

    const response = await request(url, target, signal);
    const status = response.statusCode ?? 0;
    if (REDIRECT_STATUSES.has(status)) {
      response.destroy();
      const location = response.headers.location;
      if (!location) return null;
      current = new URL(location, url).href;
      continue;
    }
    if (status < 200 || status > 299 || !isReadableHtml(response)) {
      response.destroy();
      return null;
    }
    const body = await readHead(response, maxBytes, signal);
    return parseLinkPreview(decodeBody(body, response.headers["content-type"]), url);
  }
  return null; // a 4th redirect
}

/** The one address we will connect to, after every address the name resolves to has been checked. */
async function resolveTarget(
  url: URL,
  options: FetchPreviewOptions,
  signal: AbortSignal,
): Promise<ResolvedAddress | null> {
  const host = bareHostname(url);
  if (isIpLiteral(host)) {
    // checkUrl has already refused non-public literals; the test overrides never apply to them.
    return { address: host, family: ipaddr.parse(host).kind() === "ipv6" ? 6 : 4 };
  }
  const resolved = await untilAborted((options.lookup ?? lookupAll)(host), signal);
  const isAllowed = options.allowAddress ?? ((address: string) => isPublicAddress(address));
  const addresses: ResolvedAddress[] = [];
  for (const { address } of resolved) {
    // One bad answer refuses the name: we could not otherwise be sure which address a later request would use.
    if (!ipaddr.isValid(address) || !isAllowed(address, host)) return null;
    addresses.push({ address, family: ipaddr.parse(address).kind() === "ipv6" ? 6 : 4 });
  }
  return addresses[0] ?? null;
}

async function lookupAll(host: string): Promise<ResolvedAddress[]> {
  const results = await dns.promises.lookup(host, { all: true, verbatim: true });
  return results.map(({ address, family }) => ({ address, family: family === 6 ? 6 : 4 }));
}

function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (signal.aborted) return reject(new Error("timed out"));
    const onAbort = () => reject(new Error("timed out"));
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener("abort", onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(error);
      },
    );
  });
}

/**
 * One GET to the checked address. The hostname still goes in the Host header and TLS SNI/certificate check, but
 * the socket's lookup returns the address we validated, so DNS cannot answer differently between check and connect.
 */
function request(url: URL, target: ResolvedAddress, signal: AbortSignal): Promise<IncomingMessage> {
  const host = bareHostname(url);
  const pinnedLookup: LookupFunction = (_hostname, lookupOptions, callback) => {
    if (lookupOptions.all) callback(null, [{ address: target.address, family: target.family }]);
    else callback(null, target.address, target.family);
  };
  const transport = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const req = transport.request({
      protocol: url.protocol,
      hostname: host,
      port: effectivePort(url),
      path: `${url.pathname}${url.search}`,
      method: "GET",
      headers: HEADERS,
      agent: false,
      lookup: pinnedLookup,
      ...(url.protocol === "https:" && !isIpLiteral(host) ? { servername: host } : {}),
      signal,
    });
    req.once("response", resolve);
    req.on("error", reject); // `on`: a late second error (e.g. the abort) must not go unhandled
    req.end();
  });
}

function isReadableHtml(response: IncomingMessage): boolean {
  const type = response.headers["content-type"]?.split(";")[0]?.trim().toLowerCase() ?? "";
  const encoding = response.headers["content-encoding"]?.trim().toLowerCase() ?? "identity";
  // We ask for identity; a compressed body is refused rather than inflated (no decompression bombs).
  return HTML_TYPES.has(type) && (encoding === "identity" || encoding === "");
}

/**
 * Reads until the head is over (</head> or <body seen), the body ends, or maxBytes — never holding more than
 * maxBytes. Past the cap the connection is dropped and the bytes read so far are returned: a preview only needs the
 * head, and a long page is not a bad page.
 */
function readHead(response: IncomingMessage, maxBytes: number, signal: AbortSignal): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tail = "";
    let settled = false;
    const settle = (error?: Error) => {
      if (settled) return;
      settled = true;
      signal.removeEventListener("abort", onAbort);
      response.destroy();
      if (error) reject(error);
      else resolve(Buffer.concat(chunks, size));
    };
    const onAbort = () => settle(new Error("timed out"));
    if (signal.aborted) return onAbort();
    signal.addEventListener("abort", onAbort, { once: true });

    response.on("data", (chunk: Buffer) => {
      if (settled) return;
      const part = chunk.length > maxBytes - size ? chunk.subarray(0, maxBytes - size) : chunk;
      chunks.push(part);
      size += part.length;
      // latin1 keeps one character per byte, so markers split across chunks are found through the carried tail.
      const window = tail + part.toString("latin1").toLowerCase();
      if (size >= maxBytes || window.includes("</head") || window.includes("<body")) settle();
      tail = window.slice(-6);
    });
    response.once("end", () => settle());
    response.on("error", (error) => settle(error));
    response.once("close", () => settle(new Error("connection closed before the body ended")));
  });
}
