import type { FastifyReply } from 'fastify';
import { mp3ToWav } from '../../audio/convert';
import type { Handlers } from '../../context';
import { getSoundRow } from '../../db/sounds';
import { notFound, SandboxError } from '../../http/errors';

/** The sound's row, if it has audio to serve; a sound still recording has none yet. */
function soundWithAudio(db: Parameters<typeof getSoundRow>[0], id: number) {
  const row = getSoundRow(db, id);
  if (!row) throw notFound('Sound', id);
  if (!row.mp3) throw new SandboxError(404, `Sound ${id} has no audio yet (status ${row.status})`);
  return { ...row, mp3: row.mp3 };
}

function sendAudio(reply: FastifyReply, bytes: Buffer, type: string) {
  return reply.type(type).send(bytes);
}

/** The two downloads of a sound: its MP3 as stored, and WAV (the uploaded one, or decoded from the MP3). */
export const soundAudioHandlers: Handlers = {
  getCampaignSoundDataMp3: (request, reply, { db }) => {
    const sound = soundWithAudio(db, request.params.id);
    return sendAudio(reply, sound.mp3, 'audio/mpeg');
  },
  getCampaignSoundDataWav: async (request, reply, { db }) => {
    const sound = soundWithAudio(db, request.params.id);
    return sendAudio(reply, sound.wav ?? (await mp3ToWav(sound.mp3)), 'audio/wav');
  },
};
