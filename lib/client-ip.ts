import type { IncomingMessage } from "node:http";

/** Every client whose address cannot be known shares this one (see clientIp). */
export const UNKNOWN_CLIENT_IP = "unknown";

/** Set by server.ts from the socket on every request, replacing whatever a client sent under that name. */
export const CLIENT_IP_HEADER = "x-hearth-client-ip";

/**
 * The client's address, for per-address limits. With TRUST_PROXY=1 (Hearth runs behind a proxy that sets
 * X-Forwarded-For) the first hop of X-Forwarded-For; otherwise the socket's address, which server.ts passes
 * on; otherwise UNKNOWN_CLIENT_IP. Without TRUST_PROXY, X-Forwarded-For is ignored: any client can write it.
 */
export function clientIp(headers: Headers, { trustProxy }: { trustProxy: boolean }): string {
  if (trustProxy) {
    const first = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
    if (first) return first;
  }
  return headers.get(CLIENT_IP_HEADER)?.trim() || UNKNOWN_CLIENT_IP;
}

/** For server.ts: what the socket says, never the client. */
export function stampClientIp(req: IncomingMessage): void {
  const address = req.socket.remoteAddress;
  if (address) req.headers[CLIENT_IP_HEADER] = address;
  else delete req.headers[CLIENT_IP_HEADER];
}

/** The same rule for a Node request (server.ts), after stampClientIp. */
export function clientIpOfRequest(req: IncomingMessage, { trustProxy }: { trustProxy: boolean }): string {
  const headers = new Headers();
  for (const name of ["x-forwarded-for", CLIENT_IP_HEADER]) {
    const value = req.headers[name];
    if (typeof value === "string") headers.set(name, value);
  }
  return clientIp(headers, { trustProxy });
}
