import type { FastifyRequest } from 'fastify';
import { AudioFormatError } from '../../audio/errors';
import { saveSoundOffThread, saveUploadedSoundOffThread, synthesizeSpeechOffThread } from '../../audio/offThread';
import type { Handlers } from '../../context';
import {
  archiveSound,
  getSoundRow,
  insertRecordingSound,
  soundSearch,
  toCampaignSound,
  type CampaignSound,
} from '../../db/sounds';
import type { Db } from '../../db/database';
import { badRequest, notFound } from '../../http/errors';
import { pageRequest, sqlPage } from '../../http/paging';
import { requireNumber } from '../../http/phone';
import { readUpload, uploadName } from '../../http/upload';
import { RECORDING_MS } from './recordings';

/**
 * What a sound-creating POST answers: only the id, as CallFire does, unless `fields` asks for
 * more; then the whole sound, with `duplicate` when an existing sound was reused.
 */
function created(
  request: FastifyRequest,
  db: Db,
  { id, duplicate }: { id: number; duplicate: boolean },
): CampaignSound {
  if (!request.fieldSelection) return { id };
  return { ...toCampaignSound(getSoundRow(db, id)!), duplicate };
}

function existingSound(db: Db, id: number) {
  const row = getSoundRow(db, id);
  if (!row) throw notFound('Sound', id);
  return row;
}

const TTS_NAME_LENGTH = 60;

export const soundHandlers: Handlers = {
  findCampaignSounds: (request, _reply, { db }) => {
    const { sql, params } = soundSearch(request.query);
    return sqlPage(db, sql, params, pageRequest(request.query), toCampaignSound);
  },
  getCampaignSound: (request, _reply, { db }) => toCampaignSound(existingSound(db, request.params.id)),
  deleteCampaignSound: (request, _reply, { db }) => {
    existingSound(db, request.params.id);
    archiveSound(db, request.params.id);
  },
  postFileCampaignSound: async (request, _reply, { db, config, now }) => {
    const upload = await readUpload(request);
    const sound = { name: uploadName(upload), status: 'ACTIVE' as const, created: now() };
    try {
      return created(request, db, await saveUploadedSoundOffThread(db, config.dbPath, upload.bytes, sound));
    } catch (error) {
      if (error instanceof AudioFormatError) throw badRequest(`file: ${error.message}`);
      throw error;
    }
  },
  postTTSCampaignSound: async (request, _reply, { db, config, now }) => {
    const message = request.body.message.trim();
    if (!message) throw badRequest('body.message must not be blank');
    const voice = request.body.voice ?? 'MALE1';
    const name = `TTS: ${message.length > TTS_NAME_LENGTH ? `${message.slice(0, TTS_NAME_LENGTH - 1)}…` : message}`;
    const speech = await synthesizeSpeechOffThread(message, voice);
    const sound = { name, status: 'ACTIVE' as const, created: now(), ...speech };
    return created(request, db, await saveSoundOffThread(db, config.dbPath, sound));
  },
  postCallCampaignSound: (request, _reply, { db, now }) => {
    const toNumber = requireNumber(request.body.toNumber, 'body.toNumber');
    const name = request.body.name?.trim() || `Recording from ${toNumber}`;
    const id = insertRecordingSound(db, { name, toNumber, created: now(), readyAt: now() + RECORDING_MS });
    return created(request, db, { id, duplicate: false });
  },
};
