import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { Schema } from '../api/types';

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

export const VOICES: Record<Voice, string> = {
  MALE1: 'Male (English)',
  FEMALE1: 'Female 1 (English)',
  FEMALE2: 'Female 2 (English)',
  SPANISH1: 'Spanish',
  FRENCHCANADIAN1: 'French Canadian',
};

/** `605` → `10:05`. */
export function formatSoundLength(seconds: number | undefined): string {
  if (seconds === undefined) return '—';
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
