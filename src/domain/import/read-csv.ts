import { parse } from "csv-parse";

/** One data row of a CSV file: its first line's number in the file (the header is line 1) and its cells. */
export interface CsvRow {
  line: number;
  cells: string[];
}

export interface CsvFile {
  header: string[];
  rows: AsyncIterable<CsvRow>;
}

export class CsvError extends Error {}

/**
 * Reads a CSV file as it streams in: a BOM is dropped, Windows line ends become
 * "\n" (inside quoted fields too), and the separator is whichever of `,` `;` or
 * tab the header row uses most (Excel writes `;` in locales whose decimal mark is
 * a comma: fi, pl, ru, uk…). Quoted fields may hold separators and line breaks.
 * Memory stays flat: rows are yielded one at a time.
 */
export async function readCsv(input: AsyncIterable<Buffer | string>): Promise<CsvFile> {
  const iterator = normalized(input)[Symbol.asyncIterator]();
  // Read until the header row is complete, to pick the separator.
  let head = "";
  let done = false;
  while (!headerComplete(head) && !done) {
    const next = await iterator.next();
    if (next.done) done = true;
    else head += next.value;
  }
  const delimiter = sniffDelimiter(head);
  const parser = parse({ delimiter, relax_column_count: true, raw: true, trim: false });
  (async () => {
    try {
      if (head) parser.write(head);
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
        if (!parser.write(next.value)) await new Promise((resolve) => parser.once("drain", resolve));
      }
      parser.end();
    } catch (error) {
      parser.destroy(error as Error);
    }
  })();
  const records = parser[Symbol.asyncIterator]() as AsyncIterator<{ record: string[]; raw: string }>;
  let line = 1;
  const first = await records.next().catch(rethrow);
  if (first.done) throw new CsvError("The file is empty: it needs a header row.");
  line += newlines(first.value.raw);
  const header = first.value.record.map((h) => h.trim());
  async function* rows(): AsyncIterable<CsvRow> {
    for (;;) {
      const next = await records.next().catch(rethrow);
      if (next.done) return;
      const start = line;
      line += newlines(next.value.raw);
      const cells = next.value.record;
      if (cells.every((c) => c.trim() === "")) continue;
      yield { line: start, cells };
    }
  }
  return { header, rows: rows() };
}

function rethrow(error: unknown): never {
  const e = error as Error & { lines?: number };
  throw new CsvError(`The file is not valid CSV${e.lines ? ` (near line ${e.lines})` : ""}: ${e.message}`);
}

const newlines = (raw: string) => {
  let n = 0;
  for (let i = raw.indexOf("\n"); i !== -1; i = raw.indexOf("\n", i + 1)) n++;
  return n;
};

/** True once `text` holds a whole first line (a line break outside quotes). */
function headerComplete(text: string): boolean {
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (ch === "\n" && !quoted) return true;
  }
  return false;
}

export function sniffDelimiter(head: string): string {
  const counts = new Map<string, number>([
    [",", 0],
    [";", 0],
    ["\t", 0],
  ]);
  let quoted = false;
  for (const ch of head) {
    if (ch === '"') quoted = !quoted;
    else if (ch === "\n" && !quoted) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best = ",";
  for (const [d, n] of counts) if (n > (counts.get(best) ?? 0)) best = d;
  return best;
}

/** Decodes UTF-8, drops a BOM and turns CRLF (and lone CR) into LF, across chunk boundaries. */
async function* normalized(input: AsyncIterable<Buffer | string>): AsyncIterable<string> {
  const decoder = new TextDecoder("utf-8");
  let first = true;
  let pendingCr = false;
  for await (const chunk of input) {
    let text = typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true });
    if (first && text.length > 0) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = false;
    }
    if (pendingCr) text = `\r${text}`;
    pendingCr = text.endsWith("\r");
    if (pendingCr) text = text.slice(0, -1);
    if (text) yield text.replace(/\r\n?/g, "\n");
  }
  const tail = decoder.decode() + (pendingCr ? "\n" : "");
  if (tail) yield tail.replace(/\r\n?/g, "\n");
}

/** A string as a stream of chunks (tests, small files read whole). */
export async function* chunksOf(text: string, size = 64 * 1024): AsyncIterable<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}
