import { readdirSync, readFileSync } from 'node:fs';

/** Resident memory (bytes) of the largest Chromium renderer process under `rootPid`: one tab's. */
export function largestRendererRss(rootPid: number): number {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // The process ended while being read.
    }
  }
  let largest = 0;
  const visit = (pid: number) => {
    for (const child of children.get(pid) ?? []) {
      try {
        if (readFileSync(`/proc/${child}/cmdline`, 'utf8').includes('--type=renderer')) {
          const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${child}/status`, 'utf8'));
          largest = Math.max(largest, Number(rss?.[1] ?? 0) * 1024);
        }
      } catch {
        // The process ended while being read.
      }
      visit(child);
    }
  };
  visit(rootPid);
  return largest;
}

/** Samples `measure` every 100 ms until the returned function is called, which resolves to the peak. */
export function samplePeak(measure: () => number): () => Promise<number> {
  let peak = 0;
  let sampling = true;
  const loop = (async () => {
    while (sampling) {
      peak = Math.max(peak, measure());
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  return async () => {
    sampling = false;
    await loop;
    return Math.max(peak, measure());
  };
}
