import { Box, Typography } from '@mui/material';

/** Plays a call recording and offers it as a download. */
export function RecordingPlayer({ src, title, downloadName }: { src: string; title: string; downloadName: string }) {
  return (
    <Box>
      <Typography variant="subtitle2">{title}</Typography>
      <audio controls src={src} aria-label={title} style={{ width: '100%' }} />
      <a href={src} download={downloadName}>
        Download {downloadName}
      </a>
    </Box>
  );
}
