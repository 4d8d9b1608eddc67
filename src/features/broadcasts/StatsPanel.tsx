import { Box, LinearProgress, Stack, Typography } from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import { useQuery } from '@tanstack/react-query';
import { DetailList } from '../../components/DetailList';
import { formatNumber } from '../../lib/format';
import { type CallBroadcastStats, statsQuery } from '../../api/resources/broadcasts';

/** The result counts a chart shows, in CallFire's stats fields. */
export function resultCounts(stats: CallBroadcastStats) {
  return [
    { label: 'Live answer', value: stats.liveCount ?? 0 },
    { label: 'Machine', value: stats.answeringMachineCount ?? 0 },
    { label: 'Busy', value: stats.busyCount ?? 0 },
    { label: 'No answer', value: stats.noAnswerCount ?? 0 },
    { label: 'Transferred', value: stats.transferCount ?? 0 },
    { label: 'Do not call', value: stats.doNotCallCount ?? 0 },
    { label: 'Errors', value: stats.errorCount ?? 0 },
  ];
}

/** Progress, results and cost of a broadcast; refreshed every moment while it runs. */
export function StatsPanel({ broadcastId, live }: { broadcastId: number; live: boolean }) {
  const { data: stats } = useQuery(statsQuery(broadcastId, live));
  if (!stats) return <LinearProgress aria-label="Loading statistics" />;
  const total = stats.totalOutboundCount ?? 0;
  const done = total - (stats.remainingOutboundCount ?? 0);
  const percent = total ? Math.round((100 * done) / total) : 0;
  const counts = resultCounts(stats);
  return (
    <Stack spacing={3}>
      <Box>
        <Typography id="progress-label" variant="body2" gutterBottom>
          {formatNumber(done)} of {formatNumber(total)} recipients done ({percent}%),{' '}
          {formatNumber(stats.remainingOutboundCount)} remaining
        </Typography>
        <LinearProgress
          variant="determinate"
          value={percent}
          aria-labelledby="progress-label"
          sx={{ height: 10, borderRadius: 5 }}
        />
      </Box>
      <Box sx={{ display: 'grid', gap: 3, gridTemplateColumns: { md: '1fr 1fr' }, alignItems: 'start' }}>
        <DetailList
          details={[
            { label: 'Calls placed', value: formatNumber(stats.callsPlaced) },
            { label: 'Attempts', value: formatNumber(stats.callsAttempted) },
            { label: 'Awaiting redial', value: formatNumber(stats.callsAwaitingRedial) },
            { label: 'Response rate', value: `${stats.responseRatePercent ?? 0}%` },
            { label: 'Talk time', value: `${formatNumber(Math.round((stats.callsDuration ?? 0) / 60))} min` },
            { label: 'Billed credits', value: formatNumber(stats.billedAmount) },
            ...counts.map((count) => ({ label: count.label, value: formatNumber(count.value) })),
          ]}
        />
        <Box role="img" aria-label={`Results: ${counts.map((count) => `${count.label} ${count.value}`).join(', ')}`}>
          <BarChart
            height={280}
            xAxis={[{ scaleType: 'band', data: counts.map((count) => count.label) }]}
            series={[{ data: counts.map((count) => count.value), label: 'Calls' }]}
            hideLegend
          />
        </Box>
      </Box>
    </Stack>
  );
}
