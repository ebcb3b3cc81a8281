import { describe, expect, it } from "vitest";
import { checkUrl, isPublicAddress } from "@/lib/link-preview/check-url";

describe("isPublicAddress", () => {
  it("[PREVIEW] public unicast addresses are allowed", () => {
    for (const address of ["8.8.8.8", "93.184.216.34", "1.1.1.1", "2606:4700:4700::1111", "[2001:4860:4860::8888]"]) {
      expect(isPublicAddress(address), address).toBe(true);
    }
  });

  it("[PREVIEW] loopback, private, link-local, CGNAT, unspecified, multicast, broadcast and reserved are refused", () => {
    const refused = [
      "127.0.0.1",
      "127.255.255.254",
      "::1",
      "[::1]", // loopback
      "10.0.0.1",
      "172.16.0.1",
      "172.31.255.255",
      "192.168.1.1",
      "fc00::1",
      "fd12:3456::1", // private / unique local
      "169.254.169.254",
      "169.254.0.1",
      "fe80::1",
      "fe80::1%eth0", // link-local, incl. cloud metadata
      "100.64.0.1",
      "100.127.255.255", // CGNAT
      "0.0.0.0",
      "0.1.2.3",
      "::", // unspecified / "this network"
      "224.0.0.1",
      "239.255.255.250",
      "ff02::1", // multicast
      "255.255.255.255", // broadcast
      "192.0.2.1",
      "198.51.100.1",
      "203.0.113.1",
      "198.18.0.1",
      "240.0.0.1",
      "2001:db8::1", // documentation, reserved
      "fec0::1", // deprecated site-local
      "::7f00:1", // IPv4-compatible ::127.0.0.1
    ];
    for (const address of refused) expect(isPublicAddress(address), address).toBe(false);
  });

  it("[PREVIEW] IPv6 forms carrying an IPv4 address are judged by that address, or refused", () => {
    expect(isPublicAddress("::ffff:127.0.0.1")).toBe(false);
    expect(isPublicAddress("::ffff:7f00:1")).toBe(false);
    expect(isPublicAddress("::ffff:169.254.169.254")).toBe(false);
    expect(isPublicAddress("::ffff:10.0.0.1")).toBe(false);
    expect(isPublicAddress("::ffff:8.8.8.8")).toBe(true);
    expect(isPublicAddress("64:ff9b::10.0.0.1")).toBe(false); // NAT64
    expect(isPublicAddress("64:ff9b::8.8.8.8")).toBe(true);
    expect(isPublicAddress("2002:c0a8:101::1")).toBe(false); // 6to4 of 192.168.1.1
    expect(isPublicAddress("2002:808:808::1")).toBe(false); // 6to4 is refused whatever it embeds
    expect(isPublicAddress("2001:0:4136:e378:8000:63bf:3fff:fdd2")).toBe(false); // Teredo
  });

  it("[PREVIEW] anything but a canonical address is refused", () => {
    for (const text of ["2130706433", "0x7f.1", "017700000001", "127.1", "010.0.0.1", "example.com", "", "1.2.3.4.5"]) {
      expect(isPublicAddress(text), text).toBe(false);
    }
  });
});

describe("checkUrl", () => {
  const reasonOf = (url: string, ports?: number[]) => {
    const result = checkUrl(url, ports);
    return result.ok ? "ok" : result.reason;
  };

  it("[PREVIEW] plain public http(s) URLs pass and come back parsed", () => {
    const result = checkUrl("https://example.com/a?b=c#d");
    expect(result.ok && result.url.href).toBe("https://example.com/a?b=c#d");
    expect(reasonOf("http://example.com:80/")).toBe("ok");
    expect(reasonOf("http://example.com:443/")).toBe("ok");
    expect(reasonOf("http://8.8.8.8/")).toBe("ok");
  });

  it("[PREVIEW] other schemes, credentials and garbage are refused", () => {
    expect(reasonOf("ftp://x")).toMatch(/scheme ftp:/);
    expect(reasonOf("javascript:alert(1)")).toMatch(/scheme javascript:/);
    expect(reasonOf("file:///etc/passwd")).toMatch(/scheme file:/);
    expect(reasonOf("data:text/html,<title>x</title>")).toMatch(/scheme data:/);
    expect(reasonOf("http://user:pw@example.com/")).toMatch(/credentials/);
    expect(reasonOf("http://user@example.com/")).toMatch(/credentials/);
    expect(reasonOf("not a url")).toMatch(/not a valid URL/);
    expect(reasonOf("")).toMatch(/not a valid URL/);
    expect(reasonOf(`https://example.com/${"a".repeat(3000)}`)).toMatch(/too long/);
  });

  it("[PREVIEW] only ports 80 and 443 unless the caller allows others", () => {
    expect(reasonOf("http://example.com:8080/")).toMatch(/port 8080/);
    expect(reasonOf("https://example.com:22/")).toMatch(/port 22/);
    expect(reasonOf("http://example.com:8080/", [8080])).toBe("ok");
  });

  it("[PREVIEW] literal non-public addresses are refused, however they are spelled", () => {
    const refused = [
      "http://127.0.0.1/",
      "http://[::1]/",
      "http://169.254.169.254/latest/meta-data/",
      "http://10.0.0.1/",
      "http://192.168.1.1/",
      "http://0.0.0.0/",
      "http://0/",
      "http://[::ffff:127.0.0.1]/",
      "http://[::]/",
      "http://2130706433/",
      "http://0x7f.1/",
      "http://017700000001/",
      "http://127.1/",
      "http://0x7f000001/",
      "http://①②⑦.0.0.1/",
      "http://[fe80::1]/",
      "http://100.64.0.1/",
    ];
    for (const url of refused) expect(reasonOf(url), url).toMatch(/is not public/);
  });
});
