// Timing the reads of the promotion and talent benchmarks and printing them against their limits.

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
export const ms = (value: number) => `${Math.round(value).toLocaleString('en')} ms`;

/** One cold run of `work`, then the median of `runs` more (the cold one's time when none). */
export async function timed<T>(runs: number, work: () => Promise<T>) {
  let started = performance.now();
  const result = await work();
  const cold = performance.now() - started;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  return { cold, median: times.length > 0 ? median(times) : cold, result };
}

export interface TimedRead {
  read: string;
  cold: number;
  median: number;
  bytes: number;
  /** This process's peak RSS after the read, MB. */
  rss: number;
  limit: number;
  note: string;
}

/** A read timed by `timed`, against `limit` ms, with this process's peak RSS so far. */
export function timedRead(
  read: string,
  timing: { cold: number; median: number; result: { bytes: number } },
  limit: number,
  note: string,
): TimedRead {
  const rss = process.resourceUsage().maxRSS / 1024;
  return { read, cold: timing.cold, median: timing.median, bytes: timing.result.bytes, rss, limit, note };
}

/** The reads as a Markdown table, each median against its limit, and the peak RSS against its. */
export function printReads(rows: readonly TimedRead[], peakRss: number, limitRssMb: number) {
  console.log('| read | cold | median | response | peak RSS so far | limit | ratio | verdict | figures |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const row of rows) {
    const ratio = row.median / row.limit;
    console.log(
      `| ${row.read} | ${ms(row.cold)} | ${ms(row.median)} | ${(row.bytes / 1024).toFixed(0)} KB | ${Math.round(row.rss)} MB | ${row.limit / 1000} s | ${ratio.toFixed(2)} | ${ratio <= 1 ? 'PASS' : 'FAIL'} | ${row.note} |`,
    );
  }
  console.log(
    `| peak RSS | | ${Math.round(peakRss)} MB | | | ${limitRssMb} MB | ${(peakRss / limitRssMb).toFixed(2)} | ${peakRss <= limitRssMb ? 'PASS' : 'FAIL'} | |`,
  );
}
