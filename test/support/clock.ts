import type { Clock } from "../../src/clock.js";

/** A clock tests move by hand. */
export class FakeClock implements Clock {
  #now: number;

  constructor(start: Date | string = "2026-11-23T09:00:00Z") {
    this.#now = new Date(start).getTime();
  }

  now(): Date {
    return new Date(this.#now);
  }

  set(at: Date | string): void {
    this.#now = new Date(at).getTime();
  }

  advance(ms: number): void {
    this.#now += ms;
  }
}

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
