// No "server-only": scripts (the seed, the start-up key migration) compute asker keys too.
import { createHmac, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * Who asked a question is stored as a keyed hash, never as a user id: HMAC-SHA-256 of the user id under a secret that
 * is not in the database (HEARTH_ANON_SECRET, else `<data dir>/anon-secret`, created on first use with mode 0600).
 * A database dump or backup alone cannot name an asker; the asker's own session computes its key to find "mine".
 * See README, "What anonymous means".
 */
const SECRET_FILE = "anon-secret";
let cachedSecret: string | undefined;

export function anonSecret(): string {
  if (cachedSecret) return cachedSecret;
  const configured = process.env.HEARTH_ANON_SECRET;
  if (configured) {
    if (configured.length < 32) throw new Error("HEARTH_ANON_SECRET must be at least 32 characters.");
    return (cachedSecret = configured);
  }
  const dir = process.env.HEARTH_DATA_DIR ?? path.join(process.cwd(), ".data");
  const file = path.join(dir, SECRET_FILE);
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    try {
      // "wx": two processes starting at once keep the first one's secret.
      writeFileSync(file, randomBytes(33).toString("base64") + "\n", { mode: 0o600, flag: "wx" });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
  return (cachedSecret = readFileSync(file, "utf8").trim());
}

/** The stored stand-in for "this person asked": equal for the same person, meaningless without the secret. */
export function askerKeyOf(userId: string): string {
  return createHmac("sha256", anonSecret()).update(`question-asker\u0000${userId}`).digest("base64url");
}

/** A key that matches nobody, for the questions of an erased account: unlinkable even with the secret. */
export function orphanAskerKey(): string {
  return `erased:${randomBytes(24).toString("base64url")}`;
}

/** The where clause that finds a person's own questions. */
export function askedBy(userId: string): { askerKey: string } {
  return { askerKey: askerKeyOf(userId) };
}
