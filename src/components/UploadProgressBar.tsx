import { Box, LinearProgress, Typography } from '@mui/material';
import type { UploadProgress } from '../api/upload';
import { formatBytes } from '../lib/format';

/** The real progress of an upload, in bytes sent. */
export function UploadProgressBar({ progress }: { progress: UploadProgress | undefined }) {
  if (!progress) return null;
  const percent = progress.total ? Math.round((progress.loaded / progress.total) * 100) : 0;
  return (
    <Box>
      <LinearProgress variant="determinate" value={percent} aria-label="Upload progress" />
      <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
        {percent}% · {formatBytes(progress.loaded)} of {formatBytes(progress.total)}
        {percent === 100 ? ' · processing…' : ''}
      </Typography>
    </Box>
  );
}
