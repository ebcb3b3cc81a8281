import { env } from "@/lib/env";

/** The absolute address of a Hearth path, for e-mails: APP_URL, else AUTH_URL, else http://localhost:PORT. */
export function appUrl(pathname: string): string {
  const config = env();
  const base = config.APP_URL ?? config.AUTH_URL ?? `http://localhost:${config.PORT}`;
  return new URL(pathname, base.endsWith("/") ? base : `${base}/`).toString();
}
