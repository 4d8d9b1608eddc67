import { createHash } from 'node:crypto';
import { synthesizeSpeech, type Voice } from '../../audio/speech';
import type { SandboxContext } from '../../context';
import { insertRecording } from '../../db/callRecordings';
import type { RecordAnswer } from '../../simulator/callChannel';
import { sandboxBaseUrl } from '../../http/baseUrl';

/** What simulated people say when a dialplan records them; the number's last two digits choose. */
const ANSWERS = [
  'I was very happy with the service, thank you.',
  'It was fine, but I waited a long time on the phone.',
  'Please call me back about my last bill.',
  'Everything went well. No complaints at all.',
  'The technician was friendly and fixed it quickly.',
];

/**
 * The simulator's recording hook: each `<record>` step of an answered call stores a real MP3 of a
 * person speaking (synthesised, so deterministic per number). The audio of each distinct answer is
 * made once and shared, so a large IVR broadcast does not synthesise the same words again.
 */
export function createRecordAnswer(context: SandboxContext): RecordAnswer {
  const made = new Map<string, { mp3: Buffer; seconds: number; hash: string }>();
  return (db, call, name, now) => {
    const digits = Number(call.toNumber.slice(-2)) || 0;
    const text = ANSWERS[digits % ANSWERS.length]!;
    const voice: Voice = digits % 2 === 0 ? 'FEMALE1' : 'MALE1';
    const key = `${voice}:${text}`;
    let audio = made.get(key);
    if (!audio) {
      const speech = synthesizeSpeech(text, voice);
      audio = { ...speech, hash: createHash('sha256').update(speech.mp3).digest('hex') };
      made.set(key, audio);
    }
    return insertRecording(
      db,
      {
        callId: call.id,
        attemptId: call.attemptId,
        campaignId: call.campaignId,
        name,
        seconds: Math.ceil(audio.seconds),
        hash: audio.hash,
        mp3: audio.mp3,
      },
      now,
      sandboxBaseUrl(context),
    );
  };
}
