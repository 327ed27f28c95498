import { chunksOf } from "../../src/domain/import/read-csv.js";

/** A CSV text as a stream of small chunks, so chunk boundaries fall inside rows, quotes and CRLFs. */
export const csvStream = (text: string, chunk = 7) => chunksOf(text, chunk);
