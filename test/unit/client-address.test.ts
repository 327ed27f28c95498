import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { clientAddress } from "../../src/http/client-address.js";

const request = (socket: string, forwardedFor?: string) =>
  ({
    socket: { remoteAddress: socket },
    headers: forwardedFor === undefined ? {} : { "x-forwarded-for": forwardedFor },
  }) as unknown as IncomingMessage;

describe("clientAddress", () => {
  it.each([
    ["no proxy: the socket, whatever the header says", request("10.0.0.5", "1.2.3.4"), 0, "10.0.0.5"],
    ["one proxy: the address it appended", request("10.0.0.5", "203.0.113.7"), 1, "203.0.113.7"],
    [
      "one proxy: a forged entry on the left is ignored",
      request("10.0.0.5", "1.1.1.1, 203.0.113.7"),
      1,
      "203.0.113.7",
    ],
    [
      "two proxies: the outer one's entry",
      request("10.0.0.5", "1.1.1.1, 203.0.113.7, 10.0.0.9"),
      2,
      "203.0.113.7",
    ],
    ["a proxy that sent no header: the socket", request("10.0.0.5"), 1, "10.0.0.5"],
    ["fewer entries than proxies: the socket", request("10.0.0.5", "203.0.113.7"), 2, "10.0.0.5"],
  ])("%s", (_name, req, proxies, expected) => {
    expect(clientAddress(req, proxies)).toBe(expected);
  });
});
