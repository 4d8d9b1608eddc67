import { LinearProgress } from '@mui/material';
import { useSyncExternalStore } from 'react';

/**
 * The percent of the audio downloaded, kept outside the player's state: each chunk that arrives
 * re-renders the progress bar alone, not the whole player, while the waveform is being computed.
 */
export class DownloadProgress {
  private percent = 0;
  private readonly listeners = new Set<() => void>();

  set(percent: number) {
    this.percent = percent;
    for (const listener of this.listeners) listener();
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  get = () => this.percent;
}

/** The loading bar over the waveform: the download's percent, then indeterminate while it is decoded. */
export function LoadingProgress({ progress, title }: { progress: DownloadProgress; title: string }) {
  const loaded = useSyncExternalStore(progress.subscribe, progress.get);
  return (
    <LinearProgress
      variant={loaded > 0 && loaded < 100 ? 'determinate' : 'indeterminate'}
      value={loaded}
      aria-label={`Loading ${title}`}
      sx={{ mt: -8, mb: 7.5 }}
    />
  );
}
