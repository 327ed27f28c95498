import { describe, expect, it } from "vitest";
import { CATALOGS } from "../../../src/i18n/catalogs/index.js";
import { LANGUAGES } from "../../../src/i18n/languages.js";
import { compile, placeholdersOf, t } from "../../../src/i18n/t.js";

const english = CATALOGS.en;
const keys = Object.keys(english) as (keyof typeof english)[];
const others = LANGUAGES.filter((l) => l !== "en");

// Plain-text limits Slack enforces, by the suffix of the key (see en.ts).
const LIMIT_BY_SUFFIX: [RegExp, number][] = [
  [/\.button$/, 75],
  [/\.option$/, 75],
  [/\.header$/, 150],
  [/\.(title|submit|close)$/, 24],
  [/\.placeholder$/, 150],
  [/\.label$/, 2000],
];

type Ast = ReturnType<ReturnType<typeof compile>["getAst"]>;
/** Every plural in a message with the categories it offers. */
function plurals(ast: Ast): { name: string; options: string[] }[] {
  const found: { name: string; options: string[] }[] = [];
  const walk = (list: Ast) => {
    for (const el of list) {
      if ("options" in el && el.options) {
        if (el.type === 6) found.push({ name: el.value, options: Object.keys(el.options) });
        for (const option of Object.values(el.options) as { value: Ast }[]) walk(option.value);
      }
    }
  };
  walk(ast);
  return found;
}

/** Values that make a message as long as it gets in practice: big counts, longest names. */
function sampleValues(ast: Ast): Record<string, string | number> {
  const values: Record<string, string | number> = {};
  for (const name of placeholdersOf(ast))
    values[name] = /count|total|days|id/.test(name) ? 100 : "x".repeat(10);
  return values;
}

describe("message catalogs", () => {
  it.each(others)("%s has exactly the English keys", (lang) => {
    expect(Object.keys(CATALOGS[lang]).sort()).toEqual([...keys].sort());
  });

  it.each(LANGUAGES)("every %s message parses as ICU MessageFormat", (lang) => {
    for (const key of keys) expect(() => compile(lang, key), `${lang} ${key}`).not.toThrow();
  });

  it.each(others)("%s messages use the same placeholders as English", (lang) => {
    for (const key of keys) {
      expect(placeholdersOf(compile(lang, key).getAst()), `${lang} ${key}`).toEqual(
        placeholdersOf(compile("en", key).getAst()),
      );
    }
  });

  it.each(LANGUAGES)("%s plurals offer every category the language needs", (lang) => {
    const needed = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
    for (const key of keys) {
      for (const plural of plurals(compile(lang, key).getAst())) {
        for (const category of needed)
          expect(plural.options, `${lang} ${key} {${plural.name}} lacks ${category}`).toContain(category);
      }
    }
  });

  it.each(LANGUAGES)("%s texts fit Slack's limits", (lang) => {
    for (const key of keys) {
      const limit = LIMIT_BY_SUFFIX.find(([suffix]) => suffix.test(key))?.[1];
      if (limit === undefined) continue;
      const text = t(lang, key, sampleValues(compile(lang, key).getAst()));
      expect(text.length, `${lang} ${key}: "${text}"`).toBeLessThanOrEqual(limit);
    }
  });

  it("keeps Slack syntax as text", () => {
    expect(t("en", "list.heading", { self: "no", owner: "U1", filters: "", total: 3 })).toBe(
      "*<@U1>'s open deals: 3*",
    );
  });

  it.each([
    ["pl", 1, "1 szansa"],
    ["pl", 2, "2 szanse"],
    ["pl", 5, "5 szans"],
    ["pl", 22, "22 szanse"],
    ["uk", 1, "1 угода"],
    ["uk", 3, "3 угоди"],
    ["uk", 11, "11 угод"],
    ["ru", 21, "21 сделка"],
    ["ru", 5, "5 сделок"],
    ["fi", 1, "1 kauppa"],
    ["fi", 2, "2 kauppaa"],
    ["en", 1, "1 deal with"],
    ["en", 2, "2 deals with"],
  ] as const)("%s counts %i as %s", (lang, count, expected) => {
    expect(t(lang, "nudge.text", { count })).toContain(expected);
  });
});
