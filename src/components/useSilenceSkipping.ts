import { alpha, useTheme } from '@mui/material/styles';
import { useEffect, useState, type RefObject } from 'react';
import type WaveSurfer from 'wavesurfer.js';
import RegionsPlugin from 'wavesurfer.js/dist/plugins/regions.js';
import { findSilences, skipTarget, type Stretch } from '../lib/silence';

// Fifty peaks a second resolve a pause of a tenth of a second, far below the shortest silence skipped.
const PEAKS_PER_SECOND = 50;

/**
 * While `enabled`, finds the silent stretches of the loaded audio from its waveform, shows them as
 * regions and jumps over each one playback enters. Returns the stretches found (undefined when off).
 */
export function useSilenceSkipping(wavesurfer: RefObject<WaveSurfer | null>, ready: boolean, enabled: boolean) {
  const [silences, setSilences] = useState<Stretch[]>();
  const color = alpha(useTheme().palette.warning.main, 0.25);

  useEffect(() => {
    const player = wavesurfer.current;
    if (!player || !ready || !enabled) return;
    const duration = player.getDuration();
    const [peaks = []] = player.exportPeaks({
      channels: 1,
      maxLength: Math.max(1, Math.ceil(duration * PEAKS_PER_SECOND)),
    });
    const found = findSilences(peaks, duration);
    const regions = player.registerPlugin(RegionsPlugin.create());
    for (const silence of found) {
      regions.addRegion({ ...silence, color, drag: false, resize: false });
    }
    const stopSkipping = player.on('timeupdate', (time) => {
      const target = player.isPlaying() ? skipTarget(found, time) : undefined;
      if (target !== undefined) player.setTime(target);
    });
    // Told to the page once the regions are drawn (outside this effect, so it does not render twice in a row).
    const announce = setTimeout(() => setSilences(found));
    return () => {
      clearTimeout(announce);
      stopSkipping();
      player.unregisterPlugin(regions);
    };
  }, [wavesurfer, ready, enabled, color]);

  return ready && enabled ? silences : undefined;
}
