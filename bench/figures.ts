/** One measured figure of `npm run bench`: the median of its runs, their spread, and how it compares. */
export interface Figure {
  part: string;
  name: string;
  unit: string;
  median: number;
  min: number;
  max: number;
  runs: number;
  /** The peer or floor measured in the same run, and `median / peer.median` (or its inverse, see `ratioOf`). */
  peer?: { name: string; median: number };
  ratio?: number;
  /** The goal in words, and whether this run met it. */
  goal?: string;
  met?: boolean;
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
}

const round = (value: number) => (Math.abs(value) >= 100 ? Math.round(value) : Number(value.toPrecision(3)));

/** A figure from the values of its runs. */
export function figure(
  part: string,
  name: string,
  unit: string,
  values: number[],
  extra: Pick<Figure, 'goal'> & { peer?: { name: string; values: number[] }; met?: (figure: Figure) => boolean } = {},
): Figure {
  const result: Figure = {
    part,
    name,
    unit,
    median: round(median(values)),
    min: round(Math.min(...values)),
    max: round(Math.max(...values)),
    runs: values.length,
  };
  if (extra.peer) {
    const peerMedian = median(extra.peer.values);
    result.peer = { name: extra.peer.name, median: round(peerMedian) };
    result.ratio = Number((median(values) / peerMedian).toFixed(3));
  }
  if (extra.goal) result.goal = extra.goal;
  if (extra.met) result.met = extra.met(result);
  return result;
}

/** The figures as an aligned table, one line each. */
export function table(figures: Figure[]): string {
  const rows = [
    ['part', 'figure', 'median', 'min–max', 'peer / floor', 'ratio', 'goal', ''],
    ...figures.map((entry) => [
      entry.part,
      entry.name,
      `${entry.median} ${entry.unit}`,
      `${entry.min}–${entry.max}`,
      entry.peer ? `${entry.peer.name} ${entry.peer.median}` : '',
      entry.ratio === undefined ? '' : `${entry.ratio}×`,
      entry.goal ?? '',
      entry.met === undefined ? '' : entry.met ? 'met' : 'NOT MET',
    ]),
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows
    .map((row) =>
      row
        .map((cell, column) => cell.padEnd(widths[column]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** The figures as a Markdown table (for bench/results.md and the README). */
export function markdownTable(figures: Figure[]): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|');
  const lines = [
    '| part | figure | median | min–max | peer / floor | ratio | goal | |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...figures.map(
      (entry) =>
        `| ${[
          entry.part,
          entry.name,
          `${entry.median} ${entry.unit}`,
          `${entry.min}–${entry.max}`,
          entry.peer ? `${entry.peer.name}: ${entry.peer.median}` : '',
          entry.ratio === undefined ? '' : `${entry.ratio}×`,
          entry.goal ?? '',
          entry.met === undefined ? '' : entry.met ? 'met' : '**not met**',
        ]
          .map(cell)
          .join(' | ')} |`,
    ),
  ];
  return lines.join('\n');
}
