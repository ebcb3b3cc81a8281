import { AsyncLocalStorage } from "node:async_hooks";

// What the custom server knows about the request being served, readable anywhere below it without passing it along:
// the client's address (lib/client-ip.ts), for per-address write limits (lib/rate-limit-guard.ts). The store lives on
// globalThis because server.ts and Next's bundle load this module separately. Outside a request (jobs, tests,
// scripts) there is no store and every reader gets null.
type RequestContext = { ip: string };
const holder = globalThis as unknown as { hearthRequestContext?: AsyncLocalStorage<RequestContext> };
export const requestContext = (holder.hearthRequestContext ??= new AsyncLocalStorage<RequestContext>());

export function currentRequestIp(): string | null {
  return requestContext.getStore()?.ip ?? null;
}
