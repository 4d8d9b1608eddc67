import type { FastifyRequest } from 'fastify';
import type { Handlers } from '../../context';
import { readAccount } from '../../db/account';
import {
  getMediaRow,
  getMediaRowByKey,
  insertMedia,
  mediaSearch,
  toMedia,
  type MediaListing,
  type MediaRow,
} from '../../db/media';
import { badRequest, notFound, SandboxError } from '../../http/errors';
import { pageRequest, sqlPage } from '../../http/paging';
import { readUpload, uploadName } from '../../http/upload';
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

/** An attachment header naming the file: plain ASCII for old clients, the exact name (RFC 6266) for others. */
function attachment(row: MediaRow) {
  const name = `${row.name}.${row.extension}`;
  const ascii = name.replace(/[^\w .-]+/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

export const mediaHandlers: Handlers = {
  findMedia: (request, _reply, { db }) => {
    const { sql, params } = mediaSearch(request.query.filter);
    const accountId = readAccount(db).id;
    const base = publicBase(request);
    return sqlPage<MediaListing, ReturnType<typeof toMedia>>(
      db,
      sql,
      params,
      pageRequest(request.query),
      (row) => toMedia(row, accountId, base),
      'ORDER BY created DESC, id DESC',
    );
  },
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
    return reply.type(row.mediaType).send(row.data);
  },
  getMediaDataBinary: (request, reply, { db }) => {
    const row = existingMedia(getMediaRow(db, request.params.id), request.params.id);
    return reply.type('application/octet-stream').header('content-disposition', attachment(row)).send(row.data);
  },
  getMediaDataByKey: (request, reply, { db }) => {
    const row = existingMedia(getMediaRowByKey(db, request.params.key), request.params.key);
    return reply.type(row.mediaType).send(withExtension(row, request.params.extension).data);
  },
};
