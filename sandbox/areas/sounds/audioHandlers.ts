import { createReadStream } from 'node:fs';
import { AudioFormatError } from '../../audio/errors';
import { wavCacheFor } from '../../audio/wavCache';
import type { Handlers } from '../../context';
import { getSoundRow } from '../../db/sounds';
import { notFound, SandboxError } from '../../http/errors';

/** The sound's row, if it has audio to serve; a sound still recording has none yet. */
function soundWithAudio(db: Parameters<typeof getSoundRow>[0], id: number) {
  const row = getSoundRow(db, id);
  if (!row) throw notFound('Sound', id);
  if (!row.mp3 || !row.audioHash) throw new SandboxError(404, `Sound ${id} has no audio yet (status ${row.status})`);
  return { ...row, mp3: row.mp3, audioHash: row.audioHash };
}

/**
 * The two downloads of a sound: its MP3 as stored, and WAV: the uploaded one, or the MP3 decoded
 * once into the WAV cache and streamed from there.
 */
export const soundAudioHandlers: Handlers = {
  getCampaignSoundDataMp3: (request, reply, { db }) => {
    const sound = soundWithAudio(db, request.params.id);
    return reply.type('audio/mpeg').send(sound.mp3);
  },
  getCampaignSoundDataWav: async (request, reply, context) => {
    const sound = soundWithAudio(context.db, request.params.id);
    if (sound.wav) return reply.type('audio/wav').send(sound.wav);
    const file = await wavCacheFor(context)
      .fileFor(sound.audioHash, () => sound.mp3)
      .catch((error: unknown) => {
        // Audio that no longer decodes (stored before uploads were checked) has no WAV form to give.
        if (error instanceof AudioFormatError)
          throw new SandboxError(404, `Sound ${sound.id} has no WAV form: ${error.message}`);
        throw error;
      });
    return reply.type('audio/wav').header('content-length', file.size).send(createReadStream(file.path));
  },
};
