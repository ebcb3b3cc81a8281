import ipaddr from "ipaddr.js";

// The rules that keep the link previewer from being turned against our own network (SSRF). Pure and synchronous;
// DNS results are checked with isPublicAddress by fetch-link-preview.ts.

export const DEFAULT_ALLOWED_PORTS: readonly number[] = [80, 443];
const MAX_URL_LENGTH = 2048;

// Today's global unicast allocation; anything outside it (IPv4-compatible ::a.b.c.d, site-local, …) is refused.
const IPV6_GLOBAL_UNICAST = ipaddr.IPv6.parseCIDR("2000::/3");
// NAT64's well-known prefix embeds an IPv4 address in the last 32 bits (RFC 6052); judge that address instead.
const NAT64_WELL_KNOWN = ipaddr.IPv6.parseCIDR("64:ff9b::/96");

export type UrlCheck = { ok: true; url: URL } | { ok: false; reason: string };

/**
 * True only for a public unicast address written canonically: a dotted-quad IPv4 address or an IPv6 address
 * (brackets allowed). Loopback, private, link-local (incl. 169.254.169.254), CGNAT, unspecified, multicast,
 * broadcast, reserved, 6to4, Teredo and zone-scoped addresses are refused; IPv4-mapped and NAT64 addresses are
 * judged by the IPv4 address they carry. Odd IPv4 spellings ("0x7f.1", "2130706433") are refused outright.
 */
export function isPublicAddress(address: string): boolean {
  const text = address.startsWith("[") && address.endsWith("]") ? address.slice(1, -1) : address;
  if (ipaddr.IPv4.isValidFourPartDecimal(text)) return isPublicIPv4(ipaddr.IPv4.parse(text));
  if (ipaddr.IPv6.isValid(text)) return isPublicIPv6(ipaddr.IPv6.parse(text));
  return false;
}

function isPublicIPv4(ip: ipaddr.IPv4): boolean {
  return ip.range() === "unicast";
}

function isPublicIPv6(ip: ipaddr.IPv6): boolean {
  if (ip.zoneId) return false;
  if (ip.isIPv4MappedAddress()) return isPublicIPv4(ip.toIPv4Address());
  if (ip.match(NAT64_WELL_KNOWN)) return isPublicIPv4(embeddedIPv4(ip));
  return ip.range() === "unicast" && ip.match(IPV6_GLOBAL_UNICAST);
}

function embeddedIPv4(ip: ipaddr.IPv6): ipaddr.IPv4 {
  const bytes = ip.toByteArray();
  return new ipaddr.IPv4(bytes.slice(12));
}

/** The URL's host without IPv6 brackets, as DNS and net.connect want it. */
export function bareHostname(url: URL): string {
  const host = url.hostname;
  return host.startsWith("[") && host.endsWith("]") ? host.slice(1, -1) : host;
}

/** True when the host is an IP address rather than a name (WHATWG URL has already normalised 0x7f.1 etc.). */
export function isIpLiteral(host: string): boolean {
  return ipaddr.isValid(host);
}

export function effectivePort(url: URL): number {
  if (url.port) return Number(url.port);
  return url.protocol === "https:" ? 443 : 80;
}

/**
 * Whether a URL may be fetched, before any DNS: http(s) only, no credentials, an allowed port, and — when the
 * host is an IP address — a public one. Names still have to pass the DNS check in fetchLinkPreview.
 */
export function checkUrl(input: string | URL, allowedPorts: readonly number[] = DEFAULT_ALLOWED_PORTS): UrlCheck {
  const text = String(input);
  if (text.length > MAX_URL_LENGTH) return { ok: false, reason: "the URL is too long" };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, reason: "not a valid URL" };
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    return { ok: false, reason: `the scheme ${url.protocol} is not allowed` };
  }
  if (url.username || url.password) return { ok: false, reason: "credentials in the URL are not allowed" };
  const port = effectivePort(url);
  if (!allowedPorts.includes(port)) return { ok: false, reason: `port ${port} is not allowed` };
  const host = bareHostname(url);
  if (!host) return { ok: false, reason: "the URL has no host" };
  if (isIpLiteral(host) && !isPublicAddress(host)) {
    return { ok: false, reason: `the address ${host} is not public` };
  }
  return { ok: true, url };
}
