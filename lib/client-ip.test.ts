import { describe, expect, it } from "vitest";
import { CLIENT_IP_HEADER, clientIp, UNKNOWN_CLIENT_IP } from "@/lib/client-ip";

describe("clientIp", () => {
  it("[AUTH] without TRUST_PROXY, X-Forwarded-For is ignored and the socket's address is used", () => {
    const headers = new Headers({ "x-forwarded-for": "198.51.100.7", [CLIENT_IP_HEADER]: "192.0.2.1" });
    expect(clientIp(headers, { trustProxy: false })).toBe("192.0.2.1");
  });

  it("[AUTH] with TRUST_PROXY, the first hop of X-Forwarded-For is the client", () => {
    const headers = new Headers({ "x-forwarded-for": " 198.51.100.7 , 10.0.0.2", [CLIENT_IP_HEADER]: "10.0.0.2" });
    expect(clientIp(headers, { trustProxy: true })).toBe("198.51.100.7");
    expect(clientIp(new Headers({ [CLIENT_IP_HEADER]: "10.0.0.2" }), { trustProxy: true })).toBe("10.0.0.2");
  });

  it("[AUTH] with no address at all, every client shares the unknown one", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "198.51.100.7" }), { trustProxy: false })).toBe(UNKNOWN_CLIENT_IP);
  });
});
