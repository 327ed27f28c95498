import type { CellProblem } from "./parse-deal-row.js";
import { CsvError, type CsvRow } from "./read-csv.js";

export interface ImportRefusal {
  line: number;
  problems: CellProblem[];
}

/** Refusals kept in the report; the rest are only counted (and streamed to onRefused). */
const KEPT_REFUSALS = 1000;

/** What an import did: counts, and each refused row with its line and the problems per column. */
export class ImportReport {
  rowsRead = 0;
  created = 0;
  updated = 0;
  unchanged = 0;
  refusedCount = 0;
  readonly refused: ImportRefusal[] = [];
  /** A problem with the whole file (not CSV, header without the needed columns). */
  fatalError: string | undefined;

  constructor(private readonly onRefused?: (refusal: ImportRefusal) => void) {}

  get imported(): number {
    return this.created + this.updated + this.unchanged;
  }

  refuse(line: number, problems: CellProblem[]): void {
    const refusal = { line, problems };
    this.refusedCount++;
    if (this.refused.length < KEPT_REFUSALS) this.refused.push(refusal);
    this.onRefused?.(refusal);
  }

  fatal(message: string): this {
    this.fatalError = message;
    return this;
  }

  async open<T>(opening: () => Promise<T>): Promise<T | undefined> {
    try {
      return await opening();
    } catch (error) {
      if (error instanceof CsvError) {
        this.fatal(error.message);
        return undefined;
      }
      throw error;
    }
  }

  /** Runs `each` on every row; false when the file turned out not to be valid CSV part way. */
  async forEachRow(rows: AsyncIterable<CsvRow>, each: (row: CsvRow) => Promise<void>): Promise<boolean> {
    try {
      for await (const row of rows) {
        this.rowsRead++;
        await each(row);
      }
      return true;
    } catch (error) {
      if (error instanceof CsvError) {
        this.fatal(error.message);
        return false;
      }
      throw error;
    }
  }
}

/** "line 7: amount: …; owner: …" */
export function describeRefusal(refusal: ImportRefusal): string {
  const what = refusal.problems.map((p) => (p.column ? `${p.column}: ${p.message}` : p.message)).join("; ");
  return `line ${refusal.line}: ${what || "refused"}`;
}
