import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Handlers } from '../../context';
import { readAccount } from '../../db/account';
import { getMediaRow, getMediaRowByKey, insertMedia, toMedia, type MediaRow } from '../../db/media';
import { badRequest, notFound, SandboxError } from '../../http/errors';
import { readUpload, uploadName } from './readUpload';
import { ACCEPTED_MEDIA, extensionMatches, sniffMedia } from './mediaTypes';

function existingMedia(row: MediaRow | undefined, id: number | string): MediaRow {
  if (!row) throw notFound('Media', id);
  return row;
}

function withExtension(row: MediaRow, extension: string): MediaRow {
  if (!extensionMatches(row.extension, extension))
    throw new SandboxError(404, `Media ${row.id} is a ${row.extension} file; it has no .${extension} form`);
  return row;
}

/** The sandbox's own API base as the client reached it, for `publicUrl`. */
const publicBase = (request: FastifyRequest) => `${request.protocol}://${request.host}/v2`;

const safeFileName = (row: MediaRow) => `${row.name.replace(/[^\w.-]+/g, '_')}.${row.extension}`;

function sendFile(reply: FastifyReply, row: MediaRow, type: string, disposition: 'inline' | 'attachment') {
  return reply
    .type(type)
    .header('content-disposition', `${disposition}; filename="${safeFileName(row)}"`)
    .send(row.data);
}

export const mediaHandlers: Handlers = {
  createMedia: async (request, _reply, { db, now }) => {
    const upload = await readUpload(request);
    const kind = sniffMedia(upload.bytes);
    if (!kind) throw badRequest(`file is not an accepted media type (${ACCEPTED_MEDIA})`);
    return { id: insertMedia(db, { name: uploadName(upload), created: now(), data: upload.bytes, ...kind }) };
  },
  getMedia: (request, _reply, { db }) =>
    toMedia(
      existingMedia(getMediaRow(db, request.params.id), request.params.id),
      readAccount(db).id,
      publicBase(request),
    ),
  getMediaData: (request, reply, { db }) => {
    const row = withExtension(
      existingMedia(getMediaRow(db, request.params.id), request.params.id),
      request.params.extension,
    );
    return sendFile(reply, row, row.mediaType, 'inline');
  },
  getMediaDataBinary: (request, reply, { db }) => {
    const row = existingMedia(getMediaRow(db, request.params.id), request.params.id);
    return sendFile(reply, row, 'application/octet-stream', 'attachment');
  },
  getMediaDataByKey: (request, reply, { db }) => {
    const row = existingMedia(getMediaRowByKey(db, request.params.key), request.params.key);
    return sendFile(reply, withExtension(row, request.params.extension), row.mediaType, 'inline');
  },
};
