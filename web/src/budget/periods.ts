/** The billing periods the ingests delivered, newest first, each once. */
export function periodsNewestFirst(ingests: readonly { periods: readonly string[] }[]): string[] {
  return [...new Set(ingests.flatMap((i) => i.periods))].sort().reverse();
}
