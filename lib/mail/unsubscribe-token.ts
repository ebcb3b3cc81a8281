import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";

// The one-click unsubscribe link in every mail: who and what, signed with AUTH_SECRET, so the link alone is
// enough (no sign-in, as RFC 8058 asks) and nobody can unsubscribe someone else by guessing.

export type UnsubscribeScope = "digest" | "email";

function sign(payload: string): string {
  return createHmac("sha256", `unsubscribe:${env().AUTH_SECRET}`).update(payload).digest("base64url");
}

export function unsubscribeToken(userId: string, scope: UnsubscribeScope): string {
  const payload = `${userId}.${scope}`;
  return `${Buffer.from(payload).toString("base64url")}.${sign(payload)}`;
}

export function readUnsubscribeToken(token: string): { userId: string; scope: UnsubscribeScope } | null {
  const [encoded, signature] = token.split(".");
  if (!encoded || !signature) return null;
  const payload = Buffer.from(encoded, "base64url").toString();
  const expected = Buffer.from(sign(payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  const [userId, scope] = payload.split(".");
  if (!userId || (scope !== "digest" && scope !== "email")) return null;
  return { userId, scope };
}
