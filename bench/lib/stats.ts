/** The p-th percentile (0..1) of the values, nearest rank. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}

export const ms = (value: number) => `${value.toFixed(1)} ms`;
export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

/** Samples the process's resident memory (worker threads included) and keeps the peak. */
export function peakMemory(intervalMs = 100) {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), intervalMs);
  timer.unref();
  return {
    get peak() {
      return Math.max(peak, process.memoryUsage.rss());
    },
    stop: () => clearInterval(timer),
  };
}

/** The default data set of the benchmarks: BENCH_CORPUS, else ../shared/data seen from the project root. */
export const CORPUS =
  process.env.BENCH_CORPUS ?? new URL('../../../shared/data/news-2020h1.jsonl', import.meta.url).pathname;
