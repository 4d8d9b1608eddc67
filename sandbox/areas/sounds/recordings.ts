import { synthesizeSpeech } from '../../audio/speech';
import type { Ticker } from '../../clock';
import type { SandboxContext } from '../../context';
import type { Db } from '../../db/database';
import { completeRecording, dueRecordings, nextRecordingReadyAt } from '../../db/sounds';

/** How long (simulated) the recording call lasts before the sound becomes ACTIVE. */
export const RECORDING_MS = 5000;

/**
 * Ends the recording calls that are due: the person on the phone "speaks" the sound's name, so
 * every recording has its own audible audio.
 */
export function finishDueRecordings(db: Db, now: number) {
  for (const sound of dueRecordings(db, now)) {
    const speech = synthesizeSpeech(`Recorded message ${sound.id}. ${sound.name}.`, 'MALE1');
    completeRecording(db, sound.id, speech);
  }
}

/** The recording simulator as a ticker of the sandbox's clock. */
export function recordingTicker(context: SandboxContext): Ticker {
  const readyAt = () => nextRecordingReadyAt(context.db);
  return {
    tick: () => finishDueRecordings(context.db, context.now()),
    nextDueIn: () => {
      const at = readyAt();
      return at === undefined ? undefined : at - context.now();
    },
    busy: () => readyAt() !== undefined,
  };
}
