/**
 * Control characters people never mean to store: NUL (PostgreSQL refuses it in text with an
 * encoding error), the other C0 controls but tab and newline, DEL, the C1 controls, and
 * bidirectional overrides that can make a name read differently than it is stored.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/** Text as typed, minus control characters; `\r\n` and `\r` become `\n`. Tabs and newlines stay. */
export function stripControls(text: string): string {
  return text.replace(/\r\n?/g, "\n").replace(CONTROLS, "");
}

/**
 * The form of a name used to find it, on every database provider: compatibility-decomposed
 * (NFKD), accents and other combining marks dropped, lower-cased, `ß` as `ss`, spaces
 * collapsed. So `istanbul` finds "İstanbul Trading", `strasse` "Straße GmbH", `muller` "Müller".
 */
export function searchKey(text: string): string {
  return stripControls(text)
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/ß/g, "ss")
    .replace(/\s+/g, " ")
    .trim();
}
