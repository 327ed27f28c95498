import { describe, expect, it } from "vitest";
import { type DealCommand, dealCommandSchema, parseDealCommand } from "../../../src/parse/deal-command.js";
import { inEnglish } from "../../support/problems.js";

const byName = (query: string) => ({ kind: "name", query }) as const;
const byId = (id: number) => ({ kind: "id", id }) as const;

describe("parseDealCommand understands", () => {
  it.each<[string, DealCommand]>([
    [
      "new Acme Corp amount 12k stage proposal close next friday",
      { kind: "new", fields: { name: "Acme Corp", amount: "12k", stage: "proposal", close: "next friday" } },
    ],
    ["new Acme", { kind: "new", fields: { name: "Acme" } }],
    ["NEW Acme AMOUNT 5k", { kind: "new", fields: { name: "Acme", amount: "5k" } }],
    ['new "Next Gen Ltd" amount 5k', { kind: "new", fields: { name: "Next Gen Ltd", amount: "5k" } }],
    ["new “Next Gen Ltd” amount 5k", { kind: "new", fields: { name: "Next Gen Ltd", amount: "5k" } }],
    ["new name Acme Corp amount 5k", { kind: "new", fields: { name: "Acme Corp", amount: "5k" } }],
    ["new Amounted Ltd", { kind: "new", fields: { name: "Amounted Ltd" } }],
    ["new R&amp;D &lt;Tools&gt;", { kind: "new", fields: { name: "R&D <Tools>" } }],
    [
      "new Acme account Acme Group currency usd probability 40% owner <@U1|maria>",
      {
        kind: "new",
        fields: {
          name: "Acme",
          account: "Acme Group",
          currency: "usd",
          probability: "40%",
          owner: "<@U1|maria>",
        },
      },
    ],
    [
      "update Acme stage proposal amount 12k close next friday",
      {
        kind: "update",
        ref: byName("Acme"),
        fields: { stage: "proposal", amount: "12k", close: "next friday" },
      },
    ],
    ["update #42 stage won", { kind: "update", ref: byId(42), fields: { stage: "won" } }],
    ['update "Next Gen" stage demo', { kind: "update", ref: byName("Next Gen"), fields: { stage: "demo" } }],
    [
      "update Acme next send proposal by next friday",
      { kind: "update", ref: byName("Acme"), fields: { next: "send proposal", nextBy: "next friday" } },
    ],
    [
      "update Acme close next friday next demo next week",
      { kind: "update", ref: byName("Acme"), fields: { close: "next friday", next: "demo next week" } },
    ],
    [
      "update Acme close end of next month next call CFO",
      { kind: "update", ref: byName("Acme"), fields: { close: "end of next month", next: "call CFO" } },
    ],
    [
      'update Acme next "close the loop by phone"',
      { kind: "update", ref: byName("Acme"), fields: { next: "close the loop by phone" } },
    ],
    ["update Acme next by friday", { kind: "update", ref: byName("Acme"), fields: { next: "by friday" } }],
    ["update Acme next call by", { kind: "update", ref: byName("Acme"), fields: { next: "call by" } }],
    [
      "update Acme next ping <@U9|bob> by friday",
      { kind: "update", ref: byName("Acme"), fields: { next: "ping @bob", nextBy: "friday" } },
    ],
    [
      "update Acme name Acme Corporation",
      { kind: "update", ref: byName("Acme"), fields: { name: "Acme Corporation" } },
    ],
    ["update Acme owner <@U1>", { kind: "update", ref: byName("Acme"), fields: { owner: "<@U1>" } }],
    ["list", { kind: "list" }],
    [
      "list <@U1|maria> stage proposal closing this month",
      { kind: "list", ownerId: "U1", stage: "proposal", closing: "this month" },
    ],
    [
      "list closing next month stage demo <@U2>",
      { kind: "list", ownerId: "U2", stage: "demo", closing: "next month" },
    ],
    ["list stage Negotiation &amp; Legal", { kind: "list", stage: "Negotiation & Legal" }],
    ["show #42", { kind: "show", ref: byId(42) }],
    ["show Next Gen amount", { kind: "show", ref: byName("Next Gen amount") }],
    ["won Acme Corp", { kind: "won", ref: byName("Acme Corp") }],
    ["lost Acme reason price", { kind: "lost", ref: byName("Acme"), reason: "price" }],
    ["lost Acme", { kind: "lost", ref: byName("Acme") }],
    ["lost Acme note moved to a rival", { kind: "lost", ref: byName("Acme"), note: "moved to a rival" }],
    ["update Acme", { kind: "update", ref: byName("Acme"), fields: {} }],
    ["update Acme proposal", { kind: "update", ref: byName("Acme proposal"), fields: {} }],
    [
      "lost Acme reason price note they chose a cheaper tool",
      { kind: "lost", ref: byName("Acme"), reason: "price", note: "they chose a cheaper tool" },
    ],
    [
      'lost #3 reason "no budget" frozen until Q3',
      { kind: "lost", ref: byId(3), reason: "no budget", note: "frozen until Q3" },
    ],
    ["lost Acme reason no budget frozen", { kind: "lost", ref: byName("Acme"), reason: "no budget frozen" }],
    ["undo", { kind: "undo" }],
    ["help", { kind: "help" }],
    ["help amount", { kind: "help", topic: "amount" }],
    ["", { kind: "help" }],
    ["   ", { kind: "help" }],
    ["frobnicate now", { kind: "help", unknown: "frobnicate" }],
    ["digest", { kind: "digest" }],
    ["forecast", { kind: "forecast" }],
    [
      "digest now",
      {
        kind: "invalid",
        subcommand: "digest",
        problem: { key: "parse.digest.extra" },
      },
    ],
    ['"new" Acme', { kind: "help", unknown: "new" }],
    ["constructor", { kind: "help", unknown: "constructor" }],
    ['frob "open', { kind: "help", unknown: "frob" }],
    ["admin", { kind: "admin", args: "" }],
    ["admin stages add <@U1|bob>", { kind: "admin", args: "stages add <@U1|bob>" }],
  ])("%j", (text, command) => {
    const parsed = parseDealCommand(text);
    expect(parsed).toEqual(command);
    expect(dealCommandSchema.safeParse(parsed).success).toBe(true);
  });
});

describe("parseDealCommand refuses", () => {
  it.each([
    ["new", "new", /needs a name first, e\.g\. \/deal new Acme Corp/],
    ["new amount 5k", "new", /needs a name first/],
    ["new Next Gen Ltd amount 5k", "new", /put it in quotes: "Next Gen Ltd"/],
    ["new Acme name Acme Corp", "new", /two names: "Acme" and "name Acme Corp"/],
    ['new ""', "new", /needs a name first/],
    [`new ${"x".repeat(201)}`, "new", /over 200 characters/],
    ['new "Acme', "new", /no closing quote: "Acme/],
    [
      "new Acme amount 5k amount 6k",
      "new",
      /"amount" is given twice.*e\.g\. \/deal new Acme Corp amount 12k/,
    ],
    ["new Acme Stage a STAGE b", "new", /"stage" is given twice/],
    ["new Acme amount", "new", /"amount" needs a value after it, e\.g\. amount 12k/],
    ["new Acme close", "new", /"close" needs a value after it, e\.g\. close next friday/],
    ["new Acme owner", "new", /"owner" needs a value after it, e\.g\. owner @maria/],
    ["update", "update", /Which deal\? .*e\.g\. \/deal update Acme/],
    ["update stage proposal", "update", /Which deal\?/],
    ["update Next Gen stage demo", "update", /Which deal\?.*quotes/],
    ["update #abc stage demo", "update", /Deal "#abc" is not a deal number/],
    ["update <#C1|sales> stage demo", "update", /"#sales" is a Slack channel/],
    ["update Acme next a next b", "update", /"next" is given twice/],
    ["update Acme next", "update", /"next" needs a value/],
    ["update Acme probability 4 probability 5", "update", /"probability" is given twice/],
    ['update Acme stage "demo', "update", /no closing quote/],
    ["list @maria", "list", /"@maria" is plain text.*autocomplete/],
    ["list <@U1> <@U2>", "list", /one person's deals at a time/],
    ["list <#C1|sales>", "list", /is a channel/],
    ["list mine", "list", /I don't understand "mine" in \/deal list\. Try \/deal list @maria/],
    ["list stage", "list", /"stage" needs a value after it, e\.g\. stage proposal/],
    ["list closing", "list", /"closing" needs a value/],
    ["list stage a stage b", "list", /"stage" is given twice/],
    ["show", "show", /Which deal\? e\.g\. \/deal show #42/],
    ["show #abc", "show", /Deal "#abc" is not a deal number/],
    ["show <@U1|maria>", "show", /is a person, not a deal/],
    ["won", "won", /Which deal\? e\.g\. \/deal won #42/],
    ["won #0", "won", /not a deal number/],
    ["lost", "lost", /Which deal was lost\?/],
    ["lost reason price", "lost", /Which deal was lost\?/],
    ["lost Acme reason", "lost", /"reason" needs a value/],
    ['lost Acme reason ""', "lost", /The reason is empty/],
    ["lost #x reason price", "lost", /Deal "#x" is not a deal number/],
    ["undo Acme", "undo", /takes no words after it.*Try \/deal undo/],
    ["update Acme currency", "update", /"currency" needs a value after it, e\.g\. currency EUR/],
    ["new Acme probability", "new", /"probability" needs a value after it, e\.g\. probability 40/],
    ["update Acme owner <@U1> owner <@U2>", "update", /"owner" is given twice/],
    ["list stage proposal closing", "list", /"closing" needs a value/],
    ["show #12 #13", "show", /Deal "#12 #13" is not a deal number/],
    ["new Acme close close", "new", /"close" is given twice/],
    ["update #", "update", /Deal "#" is not a deal number/],
    ["undo now please", "undo", /takes no words after it/],
    ["update Acme amount 5k amount 6k", "update", /"amount" is given twice/],
    ["list closing next month closing this month", "list", /"closing" is given twice/],
    ["show <#C1|x>", "show", /"#x" is a Slack channel, not a deal/],
    ["won <@U1>", "won", /is a person, not a deal/],
    ["lost Acme note x note y", "lost", /"note" is given twice/],
    ["new Acme next", "new", /"next" needs a value after it/],
    ["update Acme name", "update", /"name" needs a value after it, e\.g\. name Acme Corp/],
  ])("%j", (text, subcommand, reason) => {
    const parsed = parseDealCommand(text);
    expect(inEnglish(parsed)).toMatchObject({
      kind: "invalid",
      subcommand,
      error: expect.stringMatching(reason),
    });
    expect(dealCommandSchema.safeParse(parsed).success).toBe(true);
  });
});

describe("parseDealCommand reads subcommands in Finnish, Polish, Ukrainian and Russian", () => {
  it.each([
    ["uusi Acme amount 5k", { kind: "new", fields: { name: "Acme", amount: "5k" } }],
    [
      "Päivitä #4 stage proposal",
      { kind: "update", ref: { kind: "id", id: 4 }, fields: { stage: "proposal" } },
    ],
    ["pokaż #4", { kind: "show", ref: { kind: "id", id: 4 } }],
    ["СПИСОК", { kind: "list" }],
    ["виграно Acme", { kind: "won", ref: { kind: "name", query: "Acme" } }],
    ["прогноз team", { kind: "forecast-team" }],
    ["ohje", { kind: "help" }],
  ] as const)("%j", (text, command) => {
    expect(parseDealCommand(text)).toEqual(command);
  });

  it("names the English subcommand when the aliased one is used wrongly", () => {
    expect(parseDealCommand("päivitä")).toMatchObject({ kind: "invalid", subcommand: "update" });
  });

  it("a quoted alias is no subcommand", () => {
    expect(parseDealCommand('"uusi" Acme')).toEqual({ kind: "help", unknown: "uusi" });
  });
});
