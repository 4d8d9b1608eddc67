import { synthesizeSpeechOffThread } from '../../audio/offThread';
import type { SandboxContext } from '../../context';
import { completeRecording, dueRecordings } from '../../db/sounds';

/** How long the simulated recording call lasts before the sound becomes ACTIVE. */
export const RECORDING_MS = 5000;
const TICK_MS = 500;

/**
 * Ends the recording calls that are due: the person on the phone "speaks" the sound's name, so
 * every recording has its own audible audio. `inProgress` holds the sounds whose speech is being
 * made, so a slow synthesis is not started twice by the next tick.
 */
export async function finishDueRecordings({ db, now }: SandboxContext, inProgress = new Set<number>()) {
  const due = dueRecordings(db, now()).filter((sound) => !inProgress.has(sound.id));
  await Promise.all(
    due.map(async (sound) => {
      inProgress.add(sound.id);
      try {
        const speech = await synthesizeSpeechOffThread(`Recorded message ${sound.id}. ${sound.name}.`, 'MALE1');
        if (db.open) completeRecording(db, sound.id, speech);
      } finally {
        inProgress.delete(sound.id);
      }
    }),
  );
}

/** Runs the recording simulator; returns the function that stops it. */
export function startRecordingSimulator(context: SandboxContext): () => void {
  const inProgress = new Set<number>();
  const timer = setInterval(() => {
    finishDueRecordings(context, inProgress).catch((error: unknown) => console.error('Recording failed:', error));
  }, TICK_MS);
  timer.unref();
  return () => clearInterval(timer);
}
