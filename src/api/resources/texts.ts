import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, unwrap, type ReadOptions } from '../client';
import type { operations } from '../../../shared/schema';
import type { Schema } from '../types';
import { accountKeys } from './account';
import { listKeys } from './listKeys';
import { resourceMutation } from './resourceMutation';

export type Text = Schema<'Text'>;
export type TextAutoReply = Schema<'TextAutoReply'>;
type FindQuery = NonNullable<operations['findTexts']['parameters']['query']>;
export type TextFilters = Omit<FindQuery, 'limit' | 'offset' | 'fields'>;

/** findTexts: the one place the console lists texts. */
export const findTexts = (query: FindQuery, { signal, client = api }: ReadOptions = {}) =>
  unwrap(client.GET('/texts', { params: { query }, signal }));

/** Query keys of texts and auto-replies. */
export const textKeys = {
  ...listKeys<TextFilters, 'texts'>('texts'),
  autoReplies: () => [...textKeys.all, 'auto-replies'] as const,
  autoReplyList: (number: string | undefined, offset: number, limit: number) =>
    [...textKeys.autoReplies(), 'list', number, offset, limit] as const,
  autoReply: (id: number) => [...textKeys.autoReplies(), 'detail', id] as const,
};

const unfinished = (state: string | undefined) => state === 'READY' || state === 'SELECTED';
/** Texts go out within seconds; lists and pages holding unsent ones poll until they settle. */
const SETTLING_REFRESH_MS = 1500;

export const textsQuery = (filters: TextFilters, offset: number, limit: number) =>
  queryOptions({
    queryKey: textKeys.list(filters, offset, limit),
    queryFn: ({ signal }) => findTexts({ ...filters, offset, limit }, { signal }),
    placeholderData: keepPreviousData,
    refetchInterval: (query) =>
      query.state.data?.items.some((text) => unfinished(text.state)) ? SETTLING_REFRESH_MS : false,
  });

/** The newest texts, start and end only: a text broadcast's recent pace on the home page. */
export const latestTextTimesQuery = (filters: TextFilters, limit: number) =>
  queryOptions({
    queryKey: [...textKeys.lists(), 'latest', filters, limit] as const,
    queryFn: ({ signal }) => findTexts({ ...filters, limit, fields: 'items(created,modified)' }, { signal }),
  });

export const textQuery = (id: number) =>
  queryOptions({
    queryKey: textKeys.detail(id),
    queryFn: ({ signal }) => unwrap(api.GET('/texts/{id}', { params: { path: { id } }, signal })),
    refetchInterval: (query) => (unfinished(query.state.data?.state) ? SETTLING_REFRESH_MS : false),
  });

export const autoRepliesQuery = (number: string | undefined, offset: number, limit: number) =>
  queryOptions({
    queryKey: textKeys.autoReplyList(number, offset, limit),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/texts/auto-replys', { params: { query: { number, offset, limit } }, signal })),
    placeholderData: keepPreviousData,
  });

export const autoReplyQuery = (id: number) =>
  queryOptions({
    queryKey: textKeys.autoReply(id),
    queryFn: ({ signal }) => unwrap(api.GET('/texts/auto-replys/{id}', { params: { path: { id } }, signal })),
  });

type SendQuery = NonNullable<operations['sendTexts']['parameters']['query']>;

export const textMutations = {
  /** Texts recipients now; sending bills credits. */
  send: () =>
    resourceMutation({
      mutationFn: ({ recipients, query }: { recipients: Schema<'TextRecipient'>[]; query: SendQuery }) =>
        unwrap(api.POST('/texts', { body: recipients, params: { query } })),
      changes: [textKeys.lists(), accountKeys.all],
    }),
  createAutoReply: () =>
    resourceMutation({
      mutationFn: (autoReply: TextAutoReply) => unwrap(api.POST('/texts/auto-replys', { body: autoReply })),
      changes: [textKeys.autoReplies()],
    }),
  deleteAutoReply: () =>
    resourceMutation({
      mutationFn: (id: number) => unwrap(api.DELETE('/texts/auto-replys/{id}', { params: { path: { id } } })),
      changes: [textKeys.autoReplies()],
    }),
};
