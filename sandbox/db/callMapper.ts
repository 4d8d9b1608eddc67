import type { components, operations } from '../../src/api/schema';
import type { ActionRow } from './actions';
import { sqlPage, type Page, type PageRequest } from '../http/paging';
import type { Call } from './calls';
import { recordingColumns, toRecording, type CallRecording, type RecordingRow } from './callRecordings';
import type { Db } from './database';

type CallRecord = components['schemas']['CallRecord'];
type Note = components['schemas']['Note'];

interface CallRow extends ActionRow {
  state: NonNullable<Call['state']>;
  final_result: Call['finalCallResult'] | null;
  inbound: number;
  labels: string | null;
  attributes: string | null;
  created: number;
  modified: number;
}

interface AttemptRow {
  id: number;
  call_id: number;
  caller_name: string | null;
  originate_time: number;
  answer_time: number | null;
  finish_time: number;
  duration: number;
  billed_amount: number;
  result: NonNullable<CallRecord['result']>;
}

interface NoteRow {
  call_id: number;
  created: number;
  text: string;
}

/** Rows of `table` that belong to any of `callIds`, grouped by call, in id order. */
function byCall<Row extends { call_id: number }>(db: Db, columns: string, table: string, callIds: number[]) {
  const rows = db
    .prepare(`SELECT ${columns} FROM ${table} WHERE call_id IN (SELECT value FROM json_each(?)) ORDER BY id`)
    .all(JSON.stringify(callIds)) as Row[];
  const grouped = new Map<number, Row[]>();
  for (const row of rows) grouped.set(row.call_id, [...(grouped.get(row.call_id) ?? []), row]);
  return grouped;
}

const nonEmpty = <T>(items: T[] | undefined) => (items?.length ? items : undefined);

/**
 * The one mapper from call rows to CallFire's Call: one attempt record per finished attempt (with
 * its recordings), notes, and empty collections left out as CallFire leaves them out. Reads the
 * attempts, recordings and notes of all `rows` in three queries. `baseUrl` is the sandbox's /v2
 * address, for recording URLs.
 */
export function toCalls(db: Db, rows: CallRow[], baseUrl: string): Call[] {
  const ids = rows.map((row) => row.id);
  const attempts = byCall<AttemptRow>(db, '*', 'call_attempts', ids);
  const recordings = byCall<RecordingRow>(db, recordingColumns, 'call_recordings', ids);
  const notes = byCall<NoteRow>(db, 'call_id, created, text', 'call_notes', ids);
  return rows.map((row) => {
    const recordingsOf = (attemptId: number): CallRecording[] =>
      (recordings.get(row.id) ?? [])
        .filter((recording) => recording.attempt_id === attemptId)
        .map((recording) => toRecording(recording, baseUrl));
    const records = (attempts.get(row.id) ?? []).map((attempt): CallRecord => ({
      id: attempt.id,
      toNumber: row.to_number,
      originateTime: attempt.originate_time,
      answerTime: attempt.answer_time ?? undefined,
      finishTime: attempt.finish_time,
      duration: attempt.duration,
      result: attempt.result,
      billedAmount: attempt.billed_amount,
      callerName: attempt.caller_name ?? undefined,
      switchId: 'sandbox',
      recordings: nonEmpty(recordingsOf(attempt.id)),
    }));
    return {
      id: row.id,
      fromNumber: row.from_number ?? undefined,
      toNumber: row.to_number,
      state: row.state,
      campaignId: row.campaign_id,
      batchId: row.batch_id ?? undefined,
      contact: row.contact_id ? { id: row.contact_id, homePhone: row.to_number } : undefined,
      inbound: row.inbound === 1,
      created: row.created,
      modified: row.modified,
      labels: row.labels ? (JSON.parse(row.labels) as string[]) : undefined,
      attributes: row.attributes ? (JSON.parse(row.attributes) as Record<string, string>) : undefined,
      finalCallResult: row.final_result ?? undefined,
      records: nonEmpty(records),
      agentCall: false,
      notes: nonEmpty((notes.get(row.id) ?? []).map((note): Note => ({ text: note.text, created: note.created }))),
    };
  });
}

export function callsByIds(db: Db, ids: number[], baseUrl: string): Call[] {
  const rows = db
    .prepare('SELECT * FROM calls WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id')
    .all(JSON.stringify(ids)) as CallRow[];
  return toCalls(db, rows, baseUrl);
}

export const readCall = (db: Db, id: number, baseUrl: string): Call | undefined => callsByIds(db, [id], baseUrl)[0];

type FindCallsQuery = NonNullable<operations['findCalls']['parameters']['query']>;

/** findCalls' filters, with `states` and `results` parsed into lists. */
export type CallFilters = Omit<FindCallsQuery, 'fields' | 'limit' | 'offset' | 'states' | 'results'> & {
  states?: string[];
  results?: string[];
};

/** Finds calls, newest first; a broadcast's own list (`oldestFirst`) keeps the order recipients were added in. */
export function findCalls(
  db: Db,
  filters: CallFilters,
  request: PageRequest,
  baseUrl: string,
  { oldestFirst = false } = {},
): Page<Call> {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (clause: string, ...values: unknown[]) => {
    where.push(clause);
    params.push(...values);
  };
  const list = (values: unknown[]) => values.map(() => '?').join(',');
  if (filters.id?.length) add(`id IN (${list(filters.id)})`, ...filters.id);
  if (filters.campaignId !== undefined) add('campaign_id = ?', filters.campaignId);
  if (filters.batchId !== undefined) add('batch_id = ?', filters.batchId);
  if (filters.fromNumber) add('from_number = ?', filters.fromNumber);
  if (filters.toNumber) add('to_number = ?', filters.toNumber);
  if (filters.label) add(`EXISTS (SELECT 1 FROM json_each(labels) WHERE value = ?)`, filters.label);
  if (filters.states?.length) add(`state IN (${list(filters.states)})`, ...filters.states);
  if (filters.results?.length) add(`final_result IN (${list(filters.results)})`, ...filters.results);
  if (filters.inbound !== undefined) add('inbound = ?', filters.inbound ? 1 : 0);
  if (filters.intervalBegin !== undefined) add('created >= ?', filters.intervalBegin);
  if (filters.intervalEnd !== undefined) add('created <= ?', filters.intervalEnd);
  const sql = `SELECT * FROM calls ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`;
  const found = sqlPage<CallRow, CallRow>(
    db,
    sql,
    params,
    request,
    (row) => row,
    `ORDER BY id ${oldestFirst ? 'ASC' : 'DESC'}`,
  );
  return { ...found, items: toCalls(db, found.items, baseUrl) };
}

/** A contact's calls, newest first, for its history. */
export function callsOfContact(db: Db, contactId: number, page: PageRequest, baseUrl: string): Call[] {
  const rows = db
    .prepare('SELECT * FROM calls WHERE contact_id = ? ORDER BY created DESC, id DESC LIMIT ? OFFSET ?')
    .all(contactId, page.limit, page.offset) as CallRow[];
  return toCalls(db, rows, baseUrl);
}
