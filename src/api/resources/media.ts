import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../client';
import type { Schema } from '../types';
import { uploadWithProgress } from '../upload';
import { resourceMutation } from './resourceMutation';
import { uploadForm, type FileUpload } from './sounds';

export type Media = Schema<'Media'>;

export const mediaKeys = {
  all: ['media'] as const,
  detail: (id: number) => [...mediaKeys.all, id] as const,
  list: (filter: string, offset: number, limit: number) => [...mediaKeys.all, 'list', filter, offset, limit] as const,
};

/** One page of the media library, newest first, optionally only names containing `filter`. */
export const mediaListQuery = (filter: string, offset: number, limit: number) =>
  queryOptions({
    queryKey: mediaKeys.list(filter, offset, limit),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/media', { params: { query: { filter: filter || undefined, offset, limit } }, signal })),
    placeholderData: keepPreviousData,
  });

export const mediaQuery = (id: number) =>
  queryOptions({
    queryKey: mediaKeys.detail(id),
    queryFn: ({ signal }) => unwrap(api.GET('/media/{id}', { params: { path: { id } }, signal })),
  });

export const mediaMutations = {
  upload: () =>
    resourceMutation({
      mutationFn: (upload: FileUpload) =>
        uploadWithProgress<{ id: number }>('/media', uploadForm(upload), { onProgress: upload.onProgress }),
      changes: [mediaKeys.all],
    }),
};

const EXTENSION_BY_TYPE: Record<string, string> = {
  'image/bmp': 'bmp',
  'image/gif': 'gif',
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'audio/mp4': 'm4a',
  'audio/mpeg': 'mp3',
  'audio/mp3': 'mp3',
  'audio/wav': 'wav',
  'video/mp4': 'mp4',
};

/**
 * The same-origin URLs of a media file: by id and extension, as a binary download, and by the
 * public key of its `publicUrl` (the proxy adds credentials to each).
 */
export function mediaFileUrls(media: Media) {
  const match = /\/media\/public\/([A-Za-z0-9]+)\.(\w+)$/.exec(media.publicUrl ?? '');
  const extension = match?.[2] ?? EXTENSION_BY_TYPE[media.mediaType?.toLowerCase() ?? ''] ?? 'bin';
  return {
    extension,
    byId: `/api/media/${media.id}.${extension}`,
    binary: `/api/media/${media.id}/file`,
    byPublicKey: match ? `/api/media/public/${match[1]}.${extension}` : undefined,
  };
}

/** What kind of preview a media file gets. */
export function mediaKind(media: Media): 'image' | 'audio' | 'video' | 'other' {
  const type = media.mediaType?.toLowerCase() ?? '';
  if (type.startsWith('image/')) return 'image';
  if (type.startsWith('audio/') || type === 'mp3') return 'audio';
  if (type.startsWith('video/')) return 'video';
  return 'other';
}
