import { Skeleton } from '@mui/material';
import { lazy, Suspense } from 'react';
import type { WaveformPlayerProps } from './WaveformPlayer';

const WaveformPlayer = lazy(async () => ({ default: (await import('./WaveformPlayer')).WaveformPlayer }));

/**
 * The waveform player loaded on demand: a page that shows players only sometimes (the home page's latest
 * recordings) does not download wavesurfer before its first paint.
 */
export function LazyWaveformPlayer(props: WaveformPlayerProps) {
  return (
    <Suspense
      fallback={<Skeleton variant="rounded" height={168} role="status" aria-label={`Loading ${props.title}`} />}
    >
      <WaveformPlayer {...props} />
    </Suspense>
  );
}
