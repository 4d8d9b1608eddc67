/** A stretch of a recording, in seconds. */
export interface Stretch {
  start: number;
  end: number;
}

export interface SilenceOptions {
  /** Quieter than this share of the loudest peak counts as silence. */
  threshold?: number;
  /** Shorter quiet stretches are pauses between words, not silence worth skipping. */
  minSeconds?: number;
}

/**
 * The silent stretches of a recording from its waveform's peaks (evenly spread over `duration`):
 * runs of peaks below `threshold` × the loudest one, at least `minSeconds` long. A recording with no
 * sound at all is one silent stretch.
 */
export function findSilences(
  peaks: ArrayLike<number>,
  duration: number,
  { threshold = 0.05, minSeconds = 0.7 }: SilenceOptions = {},
): Stretch[] {
  if (peaks.length === 0 || !(duration > 0)) return [];
  let loudest = 0;
  for (let index = 0; index < peaks.length; index += 1) loudest = Math.max(loudest, Math.abs(peaks[index]!));
  const quiet = loudest * threshold;
  const secondsPerPeak = duration / peaks.length;
  const silences: Stretch[] = [];
  let runStart: number | undefined;
  for (let index = 0; index <= peaks.length; index += 1) {
    const silent = index < peaks.length && Math.abs(peaks[index]!) <= quiet;
    if (silent && runStart === undefined) runStart = index;
    if (!silent && runStart !== undefined) {
      const stretch = { start: runStart * secondsPerPeak, end: Math.min(index * secondsPerPeak, duration) };
      if (stretch.end - stretch.start >= minSeconds) silences.push(stretch);
      runStart = undefined;
    }
  }
  return silences;
}

/** Where playback at `time` should continue to skip the silence it is in, or undefined when it is not in one. */
export function skipTarget(silences: Stretch[], time: number, leadInSeconds = 0.1): number | undefined {
  const silence = silences.find((stretch) => time >= stretch.start && time < stretch.end - leadInSeconds);
  return silence ? silence.end - leadInSeconds : undefined;
}
