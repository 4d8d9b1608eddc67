import type { components } from '../../../src/api/schema';
import type { SandboxContext } from '../../context';
import { campaignRow, setCampaignStatus, type CampaignKind, type CampaignRow } from '../../db/broadcasts';
import { contactListRecipients } from '../../db/contacts';
import { badRequest, notFound } from '../../http/errors';
import { addBatch } from './addRecipients';

type BatchRequest = components['schemas']['BatchRequest'];

/** What voice and text broadcasts do alike: look-up, start, stop, archive, batches, statistics ranges. */
const NAMES: Record<CampaignKind, string> = { call: 'Broadcast', text: 'Text broadcast' };

export function requireBroadcast({ db }: SandboxContext, kind: CampaignKind, id: number): CampaignRow {
  const row = campaignRow(db, id, kind);
  if (!row) throw notFound(NAMES[kind], id);
  return row;
}

export function requireOpenBroadcast(context: SandboxContext, kind: CampaignKind, id: number): CampaignRow {
  const row = requireBroadcast(context, kind, id);
  if (row.status === 'ARCHIVED') throw badRequest(`${NAMES[kind]} ${id} is archived and cannot be changed`);
  return row;
}

/** Starts (or resumes) a broadcast once `problemOf` finds nothing missing; the simulator takes it from there. */
export function startBroadcast(
  context: SandboxContext,
  kind: CampaignKind,
  id: number,
  problemOf: (row: CampaignRow) => string | undefined,
) {
  const row = requireBroadcast(context, kind, id);
  if (row.status === 'ARCHIVED') throw badRequest(`${NAMES[kind]} ${id} is archived and cannot be started`);
  const problem = problemOf(row);
  if (problem) throw badRequest(problem);
  // The simulator moves a running broadcast to SCHEDULED when its schedules are closed.
  if (row.status !== 'RUNNING' && row.status !== 'SCHEDULED')
    setCampaignStatus(context.db, id, 'RUNNING', context.now());
}

export function stopBroadcast(context: SandboxContext, kind: CampaignKind, id: number) {
  const row = requireOpenBroadcast(context, kind, id);
  if (row.status === 'RUNNING' || row.status === 'SCHEDULED')
    setCampaignStatus(context.db, row.id, 'STOPPED', context.now());
}

export function archiveBroadcast(context: SandboxContext, kind: CampaignKind, id: number) {
  requireBroadcast(context, kind, id);
  setCampaignStatus(context.db, id, 'ARCHIVED', context.now());
}

export function checkStatsRange(begin: number | undefined, end: number | undefined) {
  if (begin !== undefined && end !== undefined && begin > end) throw badRequest('begin must not be after end');
}

/** addCallBroadcastBatch and addTextBroadcastBatch: a batch from a contact list or from recipients. */
export function addBatchFromRequest(
  context: SandboxContext,
  row: CampaignRow,
  body: BatchRequest,
  strictValidation: boolean | undefined,
): number {
  const { name, contactListId, recipients, scrubDuplicates } = body;
  if ((contactListId === undefined) === (recipients === undefined))
    throw badRequest('Give either contactListId or recipients for a batch, not both and not neither');
  const members = contactListId === undefined ? recipients! : contactListRecipients(context.db, contactListId);
  if (!members) throw badRequest(`contactListId: contact list ${contactListId} not found`);
  if (!members.length)
    throw badRequest(
      contactListId === undefined
        ? 'recipients: a batch needs at least one recipient'
        : `contactListId: contact list ${contactListId} has no contacts with a number`,
    );
  return addBatch(
    context.db,
    row,
    name,
    members,
    { field: 'recipients', strict: strictValidation ?? false, scrubDuplicates: scrubDuplicates ?? false },
    context.now(),
  );
}
