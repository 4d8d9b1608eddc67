import DownloadIcon from '@mui/icons-material/Download';
import PauseIcon from '@mui/icons-material/Pause';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import VolumeOffIcon from '@mui/icons-material/VolumeOff';
import VolumeUpIcon from '@mui/icons-material/VolumeUp';
import ZoomInIcon from '@mui/icons-material/ZoomIn';
import ZoomOutIcon from '@mui/icons-material/ZoomOut';
import { Alert, Box, IconButton, MenuItem, Slider, Stack, TextField, Tooltip, Typography } from '@mui/material';
import { useEffect, useImperativeHandle, useRef, useState, type KeyboardEvent, type ReactNode, type Ref } from 'react';
import { useSilenceSkipping } from './useSilenceSkipping';
import { useWaveformEngine } from './WaveformPlayerEngine';
import { LoadingProgress } from './WaveformPlayerProgress';

export interface WaveformPlayerProps {
  /** Same-origin audio URL, e.g. `/api/campaigns/sounds/12.mp3`; the proxy adds the credentials. */
  src: string;
  /** What is playing; names the player's controls for screen readers. */
  title: string;
  /** File name for the download button; without it there is no download button. */
  downloadName?: string;
  /** Plays as soon as the audio is ready (when the browser allows it: after the operator's first key or click). */
  autoPlay?: boolean;
  /** Called when playback reaches the end. */
  onFinish?: () => void;
  /** The speed, when the page keeps it (a review queue keeps it from one recording to the next). */
  speed?: number;
  onSpeedChange?: (speed: number) => void;
  /** Shows the silent stretches as regions and jumps over them while playing. */
  skipSilence?: boolean;
  /** Commands for a page's own keyboard shortcuts. */
  ref?: Ref<WaveformPlayerHandle>;
}

export interface WaveformPlayerHandle {
  /** Plays from the beginning. */
  replay(): void;
  playPause(): void;
}

export const SPEEDS = [0.5, 0.75, 1, 1.25, 1.5, 2];
const SEEK_STEP_SECONDS = 5;
const ZOOM_FACTOR = 2;
const MAX_ZOOM = 400;

/** An icon button named by its tooltip; the span keeps the tooltip working while the button is disabled. */
function IconWithTip({
  label,
  icon,
  onClick,
  disabled,
}: {
  label: string;
  icon: ReactNode;
  onClick: () => void;
  disabled: boolean;
}) {
  return (
    <Tooltip title={label}>
      <span>
        <IconButton aria-label={label} onClick={onClick} disabled={disabled}>
          {icon}
        </IconButton>
      </span>
    </Tooltip>
  );
}

/**
 * m:ss, or h:mm:ss from an hour on. The total length is rounded before it is shown, as CallFire rounds a
 * sound's `lengthInSeconds`, so the player and the sound's page give the same length.
 */
export function formatClock(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = String(whole % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/**
 * An audio player with the waveform drawn from the audio itself: play and pause, click or drag
 * to seek, speed, zoom, volume and download. With focus on the waveform, Space plays or pauses
 * and the arrow keys seek.
 */
export function WaveformPlayer(props: WaveformPlayerProps) {
  // A new source is a new player: its state starts over.
  return <WaveformPlayerForSource key={props.src} {...props} />;
}

function WaveformPlayerForSource({
  src,
  title,
  downloadName,
  autoPlay,
  onFinish,
  skipSilence = false,
  ref,
  ...speedProps
}: WaveformPlayerProps) {
  const container = useRef<HTMLDivElement>(null);
  const { state, progress, wavesurfer } = useWaveformEngine(container, src, `Seek in ${title}`, formatClock);
  const [ownSpeed, setOwnSpeed] = useState(1);
  const speed = speedProps.speed ?? ownSpeed;
  const setSpeed = speedProps.onSpeedChange ?? setOwnSpeed;
  const [volume, setVolume] = useState(1);
  const [muted, setMuted] = useState(false);
  const ready = state.status === 'ready';
  const silences = useSilenceSkipping(wavesurfer, ready, skipSilence);
  const finished = useRef(onFinish);
  useEffect(() => {
    finished.current = onFinish;
  }, [onFinish]);

  useEffect(() => {
    if (ready) wavesurfer.current?.setPlaybackRate(speed, true);
  }, [ready, speed, wavesurfer]);
  useEffect(() => {
    const player = wavesurfer.current;
    if (!ready || !player) return;
    // Before the operator has pressed a key or clicked, the browser refuses to play: Play is still there.
    if (autoPlay) player.play().catch(() => undefined);
    return player.on('finish', () => finished.current?.());
  }, [ready, autoPlay, wavesurfer]);
  useImperativeHandle(
    ref,
    () => ({
      replay: () => void wavesurfer.current?.play(0).catch(() => undefined),
      playPause: () => void wavesurfer.current?.playPause().catch(() => undefined),
    }),
    [wavesurfer],
  );

  const seekBy = (seconds: number) => {
    const player = wavesurfer.current;
    if (!player) return;
    player.setTime(Math.min(Math.max(player.getCurrentTime() + seconds, 0), state.duration));
  };
  const onWaveKey = (event: KeyboardEvent) => {
    const actions: Record<string, () => void> = {
      ' ': () => void wavesurfer.current?.playPause(),
      ArrowRight: () => seekBy(SEEK_STEP_SECONDS),
      ArrowLeft: () => seekBy(-SEEK_STEP_SECONDS),
      ArrowUp: () => seekBy(SEEK_STEP_SECONDS),
      ArrowDown: () => seekBy(-SEEK_STEP_SECONDS),
      Home: () => wavesurfer.current?.setTime(0),
      End: () => wavesurfer.current?.setTime(state.duration),
    };
    const action = actions[event.key];
    if (!action || !ready) return;
    event.preventDefault();
    action();
  };
  const zoomBy = (factor: number) => {
    const player = wavesurfer.current;
    if (!player || !container.current) return;
    const fit = container.current.clientWidth / Math.max(state.duration, 1);
    const next = Math.min((state.zoom || fit) * factor, MAX_ZOOM);
    player.zoom(next <= fit ? 0 : next);
  };
  const changeVolume = (value: number) => {
    setVolume(value);
    wavesurfer.current?.setVolume(value);
  };
  const toggleMute = () => {
    setMuted(!muted);
    wavesurfer.current?.setMuted(!muted);
  };

  return (
    <Box
      role="group"
      aria-label={`Audio player: ${title}`}
      sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1.5, bgcolor: 'background.paper' }}
    >
      {state.status === 'error' ? (
        <Alert severity="error">
          {state.error} ({title})
        </Alert>
      ) : (
        <>
          {/* Key presses on the waveform (focused inside wavesurfer's shadow root) bubble up to here. */}
          <Box
            ref={container}
            onKeyDown={onWaveKey}
            data-testid="waveform"
            sx={{ minHeight: 114, cursor: ready ? 'pointer' : 'progress' }}
          />
          {state.status === 'loading' && <LoadingProgress progress={progress} title={title} />}
        </>
      )}
      <Stack direction="row" sx={{ mt: 1, alignItems: 'center', flexWrap: 'wrap', gap: 1 }}>
        <Tooltip title={state.playing ? 'Pause' : 'Play'}>
          <span>
            <IconButton
              aria-label={state.playing ? `Pause ${title}` : `Play ${title}`}
              onClick={() => void wavesurfer.current?.playPause()}
              disabled={!ready}
              color="primary"
            >
              {state.playing ? <PauseIcon /> : <PlayArrowIcon />}
            </IconButton>
          </span>
        </Tooltip>
        <Typography variant="body2" sx={{ fontVariantNumeric: 'tabular-nums', minWidth: 90 }} aria-live="off">
          <span aria-label="Current time">{formatClock(state.currentTime)}</span> /{' '}
          <span aria-label="Total time">{formatClock(Math.round(state.duration))}</span>
        </Typography>
        <TextField
          select
          size="small"
          label="Speed"
          value={speed}
          disabled={!ready}
          onChange={(event) => setSpeed(Number(event.target.value))}
          sx={{ width: 96 }}
        >
          {SPEEDS.map((value) => (
            <MenuItem key={value} value={value}>
              {value}×
            </MenuItem>
          ))}
        </TextField>
        <IconWithTip
          label="Zoom out"
          icon={<ZoomOutIcon />}
          onClick={() => zoomBy(1 / ZOOM_FACTOR)}
          disabled={!ready || state.zoom === 0}
        />
        <IconWithTip
          label="Zoom in"
          icon={<ZoomInIcon />}
          onClick={() => zoomBy(ZOOM_FACTOR)}
          disabled={!ready || state.zoom >= MAX_ZOOM}
        />
        <Stack direction="row" sx={{ alignItems: 'center', gap: 1, minWidth: 160 }}>
          <IconButton aria-label={muted ? 'Unmute' : 'Mute'} onClick={toggleMute} size="small">
            {muted ? <VolumeOffIcon /> : <VolumeUpIcon />}
          </IconButton>
          <Slider
            size="small"
            aria-label="Volume"
            min={0}
            max={1}
            step={0.05}
            value={muted ? 0 : volume}
            valueLabelDisplay="auto"
            valueLabelFormat={(value) => `${Math.round(value * 100)}%`}
            getAriaValueText={(value) => `${Math.round(value * 100)}%`}
            onChange={(_event, value) => changeVolume(value as number)}
            sx={{ width: 100 }}
          />
        </Stack>
        {silences && (
          <Typography variant="body2" color="text.secondary" role="status">
            {silences.length === 0
              ? 'No silence to skip'
              : `Skipping ${silences.length} silent ${silences.length === 1 ? 'stretch' : 'stretches'}`}
          </Typography>
        )}
        {downloadName && (
          <Tooltip title="Download">
            <IconButton aria-label={`Download ${downloadName}`} component="a" href={src} download={downloadName}>
              <DownloadIcon />
            </IconButton>
          </Tooltip>
        )}
      </Stack>
    </Box>
  );
}
