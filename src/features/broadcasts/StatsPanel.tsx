import { Box, LinearProgress, Stack, Typography } from '@mui/material';
import { DetailList, type Detail } from '../../components/DetailList';
import { formatNumber } from '../../lib/format';
import { ResultsChart } from './ResultsChart';

/** A broadcast's statistics as the panel shows them, whichever kind it is. */
export interface StatsView {
  total: number;
  remaining: number;
  /** What the chart counts: "Calls" or "Texts". */
  unit: string;
  /** Result counts, charted and listed. */
  counts: { label: string; value: number }[];
  /** Other figures, listed before the counts. */
  details: Detail[];
}

/** A stats view from CallFire's outbound totals, the kind's own figures and its result counts (listed after them). */
export function statsViewOf(
  stats: { totalOutboundCount?: number; remainingOutboundCount?: number },
  unit: string,
  figures: Detail[],
  counts: StatsView['counts'],
): StatsView {
  return {
    total: stats.totalOutboundCount ?? 0,
    remaining: stats.remainingOutboundCount ?? 0,
    unit,
    counts,
    details: [...figures, ...counts.map((count) => ({ label: count.label, value: formatNumber(count.value) }))],
  };
}

/** Progress, results and cost of a broadcast; the page refreshes `view` every moment while it runs. */
export function StatsPanel({ view }: { view: StatsView | undefined }) {
  if (!view) return <LinearProgress aria-label="Loading statistics" />;
  const done = view.total - view.remaining;
  const percent = view.total ? Math.round((100 * done) / view.total) : 0;
  return (
    <Stack spacing={3}>
      <Box>
        <Typography id="progress-label" variant="body2" gutterBottom>
          {formatNumber(done)} of {formatNumber(view.total)} recipients done ({percent}%),{' '}
          {formatNumber(view.remaining)} remaining
        </Typography>
        <LinearProgress
          variant="determinate"
          value={percent}
          aria-labelledby="progress-label"
          sx={{ height: 10, borderRadius: 5 }}
        />
      </Box>
      <Box sx={{ display: 'grid', gap: 3, gridTemplateColumns: { md: '1fr 1fr' }, alignItems: 'start' }}>
        <DetailList details={view.details} />
        <ResultsChart counts={view.counts} unit={view.unit} />
      </Box>
    </Stack>
  );
}
