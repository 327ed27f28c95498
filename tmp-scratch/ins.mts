import Database from "better-sqlite3";
import { rmSync } from "node:fs";
for (const [sync, ckpt] of [["FULL", 1000], ["NORMAL", 1000], ["NORMAL", 0]] as const) {
  rmSync("/tmp/ins.db", { force: true }); rmSync("/tmp/ins.db-wal", { force: true }); rmSync("/tmp/ins.db-shm", { force: true });
  const db = new Database("/tmp/ins.db");
  db.pragma("journal_mode = WAL"); db.pragma(`synchronous = ${sync}`); db.pragma(`wal_autocheckpoint = ${ckpt}`);
  db.exec(`CREATE TABLE w (id INTEGER PRIMARY KEY AUTOINCREMENT, key TEXT UNIQUE, body TEXT, doneAt TEXT, lease TEXT); CREATE INDEX w_d ON w(doneAt, lease);`);
  const st = db.prepare(`INSERT INTO w (key, body, lease) VALUES (?, ?, ?) ON CONFLICT(key) DO NOTHING RETURNING id`);
  const body = "x".repeat(1200);
  const times: number[] = [];
  for (let i = 0; i < 5000; i++) { const t = performance.now(); st.get(`k${i}`, body, new Date().toISOString()); times.push(performance.now() - t); }
  times.sort((a, b) => a - b);
  console.log(sync, ckpt, "mean", (times.reduce((a, b) => a + b) / times.length).toFixed(3), "p50", times[2500]!.toFixed(3), "p99", times[4950]!.toFixed(3), "max", times.at(-1)!.toFixed(1));
  db.close();
}
