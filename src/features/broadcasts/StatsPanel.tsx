import { Box, LinearProgress, Stack, Typography } from '@mui/material';
import { DetailList } from '../../components/DetailList';
import { formatNumber } from '../../lib/format';
import { ResultsChart } from './ResultsChart';
import type { StatsView } from './statsView';

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
