/** Medians, percentiles and the bench's number formats. */

/** The median of `values` (the mean of the middle two for an even count); NaN when empty. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The p-th percentile (0-100, nearest rank) of already sorted values. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

/** 12345 -> "12.3k"; 950 -> "950". */
export function perSecond(n: number): string {
  if (!Number.isFinite(n)) return "-";
  return n >= 1000 ? `${(n / 1000).toFixed(1)}k` : n.toFixed(0);
}

/** A ratio as a percentage: 0.456 -> "46%". */
export function percent(ratio: number): string {
  return Number.isFinite(ratio) ? `${(ratio * 100).toFixed(0)}%` : "-";
}

/** Milliseconds with one decimal below 10. */
export function ms(n: number): string {
  if (!Number.isFinite(n)) return "-";
  return n < 10 ? n.toFixed(1) : n.toFixed(0);
}

/** Microseconds. */
export function us(n: number): string {
  return Number.isFinite(n) ? `${n.toFixed(n < 10 ? 1 : 0)} µs` : "-";
}

/** Bytes as MiB with one decimal. */
export function mib(bytes: number): string {
  return Number.isFinite(bytes) ? `${(bytes / 2 ** 20).toFixed(1)} MiB` : "-";
}

/** A Markdown table from a header row and rows. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}
