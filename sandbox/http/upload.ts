import type { FastifyRequest } from 'fastify';
import { badRequest, SandboxError } from './errors';

export interface Upload {
  bytes: Buffer;
  fileName: string;
  /** The text fields of the form, whatever their order around the file. */
  fields: Record<string, string>;
}

const LIMIT_MB = 20;

/** Reads a multipart form with one `file` part; every way it can be wrong is a 400 saying which. */
export async function readUpload(request: FastifyRequest): Promise<Upload> {
  if (!request.isMultipart()) throw badRequest('The request must be multipart/form-data with a file part named "file"');
  const fields: Record<string, string> = {};
  let file: { bytes: Buffer; fileName: string } | undefined;
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        if (part.fieldname !== 'file') throw badRequest(`Unexpected file part "${part.fieldname}"; send it as "file"`);
        file = { bytes: await part.toBuffer(), fileName: part.filename };
      } else if (typeof part.value === 'string') {
        fields[part.fieldname] = part.value;
      }
    }
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw badRequest(`file: the file is larger than ${LIMIT_MB} MB`);
    if (code === 'FST_FILES_LIMIT') throw badRequest('Send exactly one file');
    if (error instanceof SandboxError) throw error;
    // Anything else the multipart parser raises is about the body it was sent: no boundary, cut short…
    throw badRequest('The multipart/form-data body cannot be read', (error as Error).message);
  }
  if (!file) throw badRequest('file is required');
  if (file.bytes.length === 0) throw badRequest('file: the file is empty');
  return { ...file, fields };
}

/** The optional `name` field, trimmed, or the file's name without its extension. */
export function uploadName({ fields, fileName }: Upload): string {
  const name = (fields.name ?? '').trim() || fileName.replace(/\.[^.]+$/, '').trim() || 'Untitled';
  if (name.length > 255) throw badRequest('name must be at most 255 characters');
  return name;
}
