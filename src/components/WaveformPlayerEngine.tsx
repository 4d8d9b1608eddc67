import { useColorScheme, useTheme, type Theme } from '@mui/material/styles';
import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import WaveSurfer, { type WaveSurferOptions } from 'wavesurfer.js';
import { ApiError } from '../api/ApiError';
import HoverPlugin from 'wavesurfer.js/dist/plugins/hover.js';
import TimelinePlugin from 'wavesurfer.js/dist/plugins/timeline.js';
import ZoomPlugin from 'wavesurfer.js/dist/plugins/zoom.js';
import { loadAudio } from './WaveformPlayerLoad';
import { DownloadProgress } from './WaveformPlayerProgress';

export interface WaveformState {
  status: 'loading' | 'ready' | 'error';
  error?: string;
  duration: number;
  currentTime: number;
  playing: boolean;
  /** Pixels per second; 0 fits the whole sound in the view. */
  zoom: number;
}

const INITIAL: WaveformState = { status: 'loading', duration: 0, currentTime: 0, playing: false, zoom: 0 };

// For audio whose waveform is not computed beforehand (WAV, M4A), wavesurfer decodes at 8 kHz:
// enough to draw it, while playback uses the original audio through <audio>.
const DECODE_SAMPLE_RATE = 8000;

/** Waveform colours of the current light or dark scheme; canvases cannot use CSS variables. */
function useWaveColors() {
  const theme = useTheme();
  const { mode, systemMode } = useColorScheme();
  const scheme = (mode === 'system' ? systemMode : mode) === 'dark' ? 'dark' : 'light';
  // A theme with CSS variables keeps each scheme's real colours here.
  const schemes = (theme as Theme & { colorSchemes?: Partial<Record<string, { palette: Theme['palette'] }>> })
    .colorSchemes;
  const palette = schemes?.[scheme]?.palette ?? theme.palette;
  return useMemo(
    () => ({
      waveColor: palette.text.disabled,
      progressColor: palette.primary.main,
      cursorColor: palette.primary.main,
      labelColor: palette.text.primary,
      labelBackground: palette.background.paper,
    }),
    [palette],
  );
}

function describeLoadError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/decod|EncodingError|Unable to decode/i.test(message)) return 'The audio could not be decoded.';
  if (error instanceof ApiError || /fetch|HTTP|status/i.test(message))
    return `The audio could not be loaded: ${message}`;
  return `The audio could not be played (${message}).`;
}

/**
 * One wavesurfer instance for `src` in `container`. It is created once per source (a re-render
 * never rebuilds it), destroyed on unmount, and in StrictMode's mount-unmount-mount the first
 * instance is destroyed (its fetch aborted) before the second exists, so there is never more than one.
 */
export function useWaveformEngine(
  container: RefObject<HTMLDivElement | null>,
  src: string,
  seekLabel: string,
  formatTime: (seconds: number) => string,
) {
  const [state, setState] = useState<WaveformState>(INITIAL);
  const [progress] = useState(() => new DownloadProgress());
  const instance = useRef<WaveSurfer | null>(null);
  const colors = useWaveColors();
  // Colours change with the scheme; they are applied to the live instance rather than rebuilding it.
  const initialColors = useRef(colors);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const { labelColor, labelBackground, ...waveColors } = initialColors.current;
    const options: WaveSurferOptions = {
      container: element,
      height: 96,
      ...waveColors,
      cursorWidth: 2,
      barWidth: 2,
      barGap: 1,
      barRadius: 2,
      normalize: true,
      dragToSeek: true,
      sampleRate: DECODE_SAMPLE_RATE,
      plugins: [
        HoverPlugin.create({
          lineColor: waveColors.cursorColor,
          lineWidth: 1,
          labelColor,
          labelBackground,
          labelSize: 11,
        }),
        ZoomPlugin.create({ scale: 0.5, maxZoom: 400 }),
      ],
    };
    const wavesurfer = WaveSurfer.create(options);
    instance.current = wavesurfer;
    // wavesurfer's scrolling box (inside its shadow root) is what keyboard users focus: it scrolls
    // when zoomed, so it must be reachable, and it carries the seek slider's semantics.
    const scroller = wavesurfer.getWrapper().parentElement;
    scroller?.setAttribute('tabindex', '0');
    scroller?.setAttribute('role', 'slider');
    scroller?.setAttribute('aria-valuemin', '0');
    const update = (changes: Partial<WaveformState>) => setState((current) => ({ ...current, ...changes }));
    // The time axis joins once the waveform is drawn: it lays its labels out once, not once for the
    // duration and again for the drawing. Then the controls and the seek slider turn ready, in the
    // same task (before the next frame).
    wavesurfer.once('ready', () => {
      wavesurfer.registerPlugin(TimelinePlugin.create({ height: 18, style: { color: labelColor, fontSize: '11px' } }));
    });
    wavesurfer.on('ready', (duration) => flushSync(() => update({ status: 'ready', duration })));
    wavesurfer.on('timeupdate', (currentTime) => update({ currentTime }));
    wavesurfer.on('play', () => update({ playing: true }));
    wavesurfer.on('pause', () => update({ playing: false }));
    wavesurfer.on('finish', () => update({ playing: false }));
    wavesurfer.on('zoom', (zoom) => update({ zoom }));
    wavesurfer.on('error', (error) => update({ status: 'error', error: describeLoadError(error) }));
    const loading = new AbortController();
    loadAudio(src, { signal: loading.signal, onProgress: (percent) => progress.set(percent) })
      .then(({ blob, peaks, duration }) => wavesurfer.loadBlob(blob, peaks, duration))
      .catch((error: unknown) => {
        if (!loading.signal.aborted) update({ status: 'error', error: describeLoadError(error) });
      });
    return () => {
      loading.abort();
      instance.current = null;
      wavesurfer.destroy();
    };
  }, [container, src, progress]);

  useEffect(() => {
    const scroller = instance.current?.getWrapper().parentElement;
    if (!scroller) return;
    const attributes: Record<string, string> = {
      'aria-label': seekLabel,
      'aria-valuemax': String(Math.round(state.duration)),
      'aria-valuenow': String(Math.round(state.currentTime)),
      'aria-valuetext': `${formatTime(state.currentTime)} of ${formatTime(state.duration)}`,
      'aria-disabled': String(state.status !== 'ready'),
    };
    for (const [name, value] of Object.entries(attributes)) scroller.setAttribute(name, value);
  }, [seekLabel, formatTime, state.currentTime, state.duration, state.status]);

  useEffect(() => {
    instance.current?.setOptions({
      waveColor: colors.waveColor,
      progressColor: colors.progressColor,
      cursorColor: colors.cursorColor,
    });
  }, [colors]);

  return { state, progress, wavesurfer: instance };
}
