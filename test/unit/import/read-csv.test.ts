import { describe, expect, it } from "vitest";
import { DEAL_COLUMNS, headerKey, mapHeader } from "../../../src/domain/import/columns.js";
import { readDay, readInstant } from "../../../src/domain/import/read-cell.js";
import { chunksOf, readCsv, sniffDelimiter } from "../../../src/domain/import/read-csv.js";
import { parseAccountCommand, parseLogCommand } from "../../../src/parse/subcommands/log.js";
import { tokenizeCommand } from "../../../src/parse/tokenize.js";

async function rows(text: string, chunk = 3) {
  const csv = await readCsv(chunksOf(text, chunk));
  const out: [number, string[]][] = [];
  for await (const row of csv.rows) out.push([row.line, row.cells]);
  return { header: csv.header, rows: out };
}

describe("readCsv", () => {
  it.each([1, 2, 3, 5, 64])(
    "reads BOM, ; separators, quoted line breaks and CRLF across chunk boundaries (chunks of %i)",
    async (size) => {
      const text = '\uFEFFa;b\r\n1;"x;\r\ny"\r\n\r\n"3";"say ""hi"""\r\n5;6';
      expect(await rows(text, size)).toEqual({
        header: ["a", "b"],
        rows: [
          [2, ["1", "x;\ny"]],
          [5, ["3", 'say "hi"']],
          [6, ["5", "6"]],
        ],
      });
    },
  );

  it("picks the separator the header uses most, outside quotes", () => {
    expect(sniffDelimiter("a,b,c\n")).toBe(",");
    expect(sniffDelimiter('"a,b";c;d\n')).toBe(";");
    expect(sniffDelimiter("a\tb\tc\n")).toBe("\t");
  });

  it("an unterminated quote is a CSV error naming the line", async () => {
    await expect(rows('a,b\n1,"open\n2,3\n')).rejects.toThrow(/not valid CSV/);
  });
});

describe("columns", () => {
  it("matches CRM headers case-insensitively, with Pipedrive's 'Deal - ' prefix", () => {
    expect(headerKey("Deal - Expected close date")).toBe("expected close date");
    expect(headerKey("Probability (%)")).toBe("probability");
    const mapped = mapHeader(["Deal - Title", "Won time", "Lost time", "Odd"], DEAL_COLUMNS);
    expect(mapped.indexes.get("name")).toEqual([0]);
    expect(mapped.indexes.get("closed_at")).toEqual([1, 2]);
    expect(mapped.unknown).toEqual(["Odd"]);
  });
});

describe("dates in files", () => {
  it.each([
    ["2026-11-30", "auto", "2026-11-30"],
    ["30.11.2026", "auto", "2026-11-30"],
    ["30/11/2026", "auto", "2026-11-30"],
    ["11/30/2026", "auto", "2026-11-30"],
    ["03/04/2026", "dmy", "2026-04-03"],
    ["03/04/2026", "mdy", "2026-03-04"],
    ["2026-11-30T23:30:00-05:00", "auto", "2026-11-30"],
    ["2026-11-30 14:05:00", "auto", "2026-11-30"],
  ] as const)("%s (%s) is %s", (text, order, day) => {
    expect(readDay(text, order)).toEqual({ ok: true, value: day });
  });

  it.each(["03/04/2026", "2026-02-30", "31.04.2026", "tomorrow", "2026-13-01"])("refuses %s", (text) => {
    expect(readDay(text, "auto").ok).toBe(false);
  });

  it("reads times in the team's timezone, with offsets as written", () => {
    const at = (text: string, timezone = "Europe/Helsinki") => {
      const r = readInstant(text, { order: "auto", timezone });
      return r.ok ? r.value.toISOString() : r.error;
    };
    expect(at("2026-11-30 14:05")).toBe("2026-11-30T12:05:00.000Z");
    expect(at("2026-07-01 14:05")).toBe("2026-07-01T11:05:00.000Z");
    expect(at("11/30/2026 2:05 PM", "UTC")).toBe("2026-11-30T14:05:00.000Z");
    expect(at("2026-11-30T14:05:00Z")).toBe("2026-11-30T14:05:00.000Z");
    expect(at("2026-11-30")).toBe("2026-11-29T22:00:00.000Z");
    expect(at("2026-11-30 25:00")).toMatch(/not a real time/);
  });
});

describe("/deal log and /deal account", () => {
  const log = (text: string) => {
    const tokens = tokenizeCommand(text);
    if (!tokens.ok) throw new Error(tokens.problem.key);
    return parseLogCommand(tokens.value);
  };
  it.each([
    [
      "call Acme out left a voicemail",
      { ref: { kind: "name", query: "Acme" }, direction: "out", note: "left a voicemail" },
    ],
    ["call Acme Group in", { ref: { kind: "name", query: "Acme Group" }, direction: "in" }],
    [
      "meeting Acme Group: pricing talk",
      { ref: { kind: "name", query: "Acme Group" }, direction: null, note: "pricing talk" },
    ],
    [
      'demo "Acme Group" went well',
      { ref: { kind: "name", query: "Acme Group" }, direction: null, note: "went well" },
    ],
    ["task #42 send contract", { ref: { kind: "id", id: 42 }, direction: null, note: "send contract" }],
    ["email Acme Group", { ref: { kind: "name", query: "Acme Group" }, direction: null }],
  ])("log %s", (text, expected) => {
    expect(log(text)).toEqual({ kind: "log", type: text.split(" ")[0], ...expected });
  });

  it.each(["", "lunch Acme", "call"])("refuses log %s", (text) => {
    expect(log(text).kind).toBe("invalid");
  });

  it("account <name> segment <segment>", () => {
    const tokens = tokenizeCommand("Acme Group segment Mid market");
    expect(tokens.ok && parseAccountCommand(tokens.value)).toEqual({
      kind: "account-segment",
      account: "Acme Group",
      segment: "Mid market",
    });
    const none = tokenizeCommand("Acme segment none");
    expect(none.ok && parseAccountCommand(none.value)).toMatchObject({ segment: null });
  });
});
