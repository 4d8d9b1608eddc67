import { Box, LinearProgress, Typography } from '@mui/material';
import { useId, type ReactNode } from 'react';
import { formatNumber } from '../lib/format';
import type { BroadcastProgress } from './broadcastProgress';

/** "12 of 30 done (40%)" above a bar; `extra` follows the figures (the time left on the home page). */
export function BroadcastProgressBar({
  progress,
  extra,
  dense = false,
}: {
  progress: BroadcastProgress | undefined;
  extra?: ReactNode;
  dense?: boolean;
}) {
  const labelId = useId();
  if (!progress) return <LinearProgress aria-label="Loading progress" sx={{ width: '100%' }} />;
  return (
    <Box sx={{ width: '100%' }}>
      <Typography id={labelId} variant={dense ? 'caption' : 'body2'} component="div">
        {formatNumber(progress.done)} of {formatNumber(progress.total)} done ({progress.percent}%)
        {extra}
      </Typography>
      <LinearProgress
        variant="determinate"
        value={progress.percent}
        aria-labelledby={labelId}
        sx={{ height: dense ? 6 : 8, borderRadius: 4 }}
      />
    </Box>
  );
}
