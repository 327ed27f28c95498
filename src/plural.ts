/** A count with its noun: "1 deal", "3 deals"; `many` for other plurals ("open deals are"). */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
