import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../client';
import { fieldsParam } from '../fields';
import type { Schema } from '../types';
import { uploadWithProgress, type UploadProgress } from '../upload';
import { resourceMutation } from './resourceMutation';

export type CampaignSound = Schema<'CampaignSound'>;
export type SoundStatus = Schema<'SoundStatus'>;
export type Voice = Schema<'Voice'>;

/** What a sound search asks CallFire for; the same object keys the cache. */
export interface SoundSearch {
  filter?: string;
  includeArchived?: boolean;
  includePending?: boolean;
  includeScrubbed?: boolean;
  limit: number;
  offset: number;
}

/** Query keys of the sound library, shared by the sounds area and every sound picker. */
export const soundKeys = {
  all: ['sounds'] as const,
  lists: () => [...soundKeys.all, 'list'] as const,
  list: (search: SoundSearch) => [...soundKeys.lists(), search] as const,
  details: () => [...soundKeys.all, 'detail'] as const,
  detail: (id: number) => [...soundKeys.details(), id] as const,
};

/** Statuses that will change on their own (upload processing, a recording call under way). */
export const isPendingSound = (sound: CampaignSound | undefined) =>
  sound?.status === 'UPLOAD' || sound?.status === 'RECORDING';

const PENDING_POLL_MS = 1000;

export const soundsQuery = (search: SoundSearch) =>
  queryOptions({
    queryKey: soundKeys.list(search),
    queryFn: ({ signal }) => unwrap(api.GET('/campaigns/sounds', { params: { query: search }, signal })),
    placeholderData: keepPreviousData,
    // While a listed sound is being recorded, the list refreshes until it is ready.
    refetchInterval: (query) => (query.state.data?.items.some(isPendingSound) ? PENDING_POLL_MS : false),
  });

export const soundQuery = (id: number) =>
  queryOptions({
    queryKey: soundKeys.detail(id),
    queryFn: ({ signal }) => unwrap(api.GET('/campaigns/sounds/{id}', { params: { path: { id } }, signal })),
    refetchInterval: (query) => (isPendingSound(query.state.data) ? PENDING_POLL_MS : false),
  });

/** Same-origin audio URLs of a sound, for players and download links; the proxy adds credentials. */
export const soundAudioUrl = (id: number, format: 'mp3' | 'wav') => `/api/campaigns/sounds/${id}.${format}`;

/** A file to upload as a sound or a media file, with an optional name. */
export interface FileUpload {
  file: File;
  name: string;
  onProgress: (progress: UploadProgress) => void;
}

/** The multipart form CallFire takes for a sound or media upload. */
export function uploadForm({ file, name }: FileUpload) {
  const form = new FormData();
  if (name.trim()) form.append('name', name.trim());
  form.append('file', file);
  return form;
}

// Creation answers only the id unless asked; the console wants to know about reused audio too.
const CREATED_FIELDS = fieldsParam(['id', 'name', 'status', 'lengthInSeconds', 'duplicate']);
const withCreatedFields = { params: { query: { fields: CREATED_FIELDS } } };

export const soundMutations = {
  upload: () =>
    resourceMutation({
      mutationFn: (upload: FileUpload) =>
        uploadWithProgress<CampaignSound>(`/campaigns/sounds/files?fields=${CREATED_FIELDS}`, uploadForm(upload), {
          onProgress: upload.onProgress,
        }),
      changes: [soundKeys.all],
    }),
  createTts: () =>
    resourceMutation({
      mutationFn: (body: { message: string; voice: Voice }) =>
        unwrap(api.POST('/campaigns/sounds/tts', { ...withCreatedFields, body })),
      changes: [soundKeys.all],
    }),
  record: () =>
    resourceMutation({
      mutationFn: (body: { name: string; toNumber: string }) =>
        unwrap(api.POST('/campaigns/sounds/calls', { ...withCreatedFields, body })),
      changes: [soundKeys.all],
    }),
  archive: () =>
    resourceMutation({
      mutationFn: (id: number) => unwrap(api.DELETE('/campaigns/sounds/{id}', { params: { path: { id } } })),
      changes: [soundKeys.all],
    }),
};
