import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger, toBoltLogger } from "../../src/logger.js";

function capture() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split("\n").filter(Boolean));
      done();
    },
  });
  return { lines, logger: createLogger({ level: "debug", pretty: false, destination }) };
}

describe("logger", () => {
  it("writes JSON lines", () => {
    const { lines, logger } = capture();
    logger.info({ job: "weekly-nudges" }, "job started");
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: 30, job: "weekly-nudges", msg: "job started" });
  });

  it("redacts tokens and secrets, in fields and in messages", () => {
    const { lines, logger } = capture();
    logger.info(
      {
        token: "xoxb-1-2-secret",
        config: { slack: { botToken: "xoxb-9" } },
        headers: { authorization: "Bearer xoxb-7" },
      },
      "calling with xoxb-123-456-abcdef and xapp-1-A1-zzz",
    );
    const line = lines.join("\n");
    expect(line).not.toMatch(/xoxb-\d|xapp-1-A1|secret/);
    expect(JSON.parse(lines[0]!)).toMatchObject({ token: "***", msg: "calling with xoxb-*** and xapp-***" });
  });

  it("serves as Bolt's logger, keeping our level", () => {
    const { lines, logger } = capture();
    const bolt = toBoltLogger(logger);
    bolt.setLevel("error" as never); // Bolt sets its default level; ours must win
    bolt.debug("token xoxp-1-2-3 in a Bolt debug line");
    expect(JSON.parse(lines[0]!)).toMatchObject({
      level: 20,
      module: "bolt",
      msg: "token xoxp-*** in a Bolt debug line",
    });
  });
});
