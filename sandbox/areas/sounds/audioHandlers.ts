import { createReadStream } from 'node:fs';
import { AudioFormatError } from '../../audio/errors';
import { wavCacheFor } from '../../audio/wavCache';
import type { Handlers } from '../../context';
import type { Db } from '../../db/database';
import { getSoundRow, soundAudio } from '../../db/sounds';
import { notFound, SandboxError } from '../../http/errors';

/** The sound's row (without its audio), if it has audio to serve; a sound still recording has none yet. */
function soundWithAudio(db: Db, id: number) {
  const row = getSoundRow(db, id);
  if (!row) throw notFound('Sound', id);
  if (!row.mp3Bytes || !row.audioHash)
    throw new SandboxError(404, `Sound ${id} has no audio yet (status ${row.status})`);
  return { ...row, audioHash: row.audioHash };
}

/**
 * The two downloads of a sound: its MP3 as stored, and WAV: the uploaded one, or the MP3 decoded
 * once into the WAV cache and streamed from there. Each reads the audio only when it sends it: four
 * downloads waiting for one conversion hold no copies of an 80-minute MP3.
 */
export const soundAudioHandlers: Handlers = {
  getCampaignSoundDataMp3: (request, reply, { db }) => {
    const sound = soundWithAudio(db, request.params.id);
    return reply.type('audio/mpeg').send(soundAudio(db, sound.id, 'mp3'));
  },
  getCampaignSoundDataWav: async (request, reply, context) => {
    const sound = soundWithAudio(context.db, request.params.id);
    if (sound.wavBytes) return reply.type('audio/wav').send(soundAudio(context.db, sound.id, 'wav'));
    const file = await wavCacheFor(context)
      .fileFor(sound.audioHash, () => soundAudio(context.db, sound.id, 'mp3')!)
      .catch((error: unknown) => {
        // Audio that no longer decodes (stored before uploads were checked) has no WAV form to give.
        if (error instanceof AudioFormatError)
          throw new SandboxError(404, `Sound ${sound.id} has no WAV form: ${error.message}`);
        throw error;
      });
    return reply.type('audio/wav').header('content-length', file.size).send(createReadStream(file.path));
  },
};
