import type { Schema } from '../../api/types';
import { WaveformPlayer } from '../../components/WaveformPlayer';

/** A call's recording in the waveform player, downloaded as `call-<call>-<name>.mp3`. */
export function RecordingPlayer({ recording, src }: { recording: Schema<'CallRecording'>; src: string }) {
  return (
    <WaveformPlayer
      src={src}
      title={`Recording "${recording.name}" (${recording.lengthInSeconds ?? 0} s)`}
      downloadName={`call-${recording.callId}-${recording.name}.mp3`}
    />
  );
}
