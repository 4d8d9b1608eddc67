import { synthesizeSpeech } from '../../audio/speech';
import type { SandboxContext } from '../../context';
import { completeRecording, dueRecordings } from '../../db/sounds';

/** How long the simulated recording call lasts before the sound becomes ACTIVE. */
export const RECORDING_MS = 5000;
const TICK_MS = 500;

/**
 * Ends the recording calls that are due: the person on the phone "speaks" the sound's name, so
 * every recording has its own audible audio.
 */
export function finishDueRecordings({ db, now }: SandboxContext) {
  for (const sound of dueRecordings(db, now())) {
    const speech = synthesizeSpeech(`Recorded message ${sound.id}. ${sound.name}.`, 'MALE1');
    completeRecording(db, sound.id, speech);
  }
}

/** Runs the recording simulator; returns the function that stops it. */
export function startRecordingSimulator(context: SandboxContext): () => void {
  const timer = setInterval(() => finishDueRecordings(context), TICK_MS);
  timer.unref();
  return () => clearInterval(timer);
}
