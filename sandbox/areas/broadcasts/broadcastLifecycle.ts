import type { components } from '../../../shared/schema';
import type { SandboxContext } from '../../context';
import {
  campaignRow,
  insertCampaign,
  setCampaignStatus,
  updateCampaign,
  type CampaignKind,
  type CampaignRow,
  type CampaignSettings,
} from '../../db/broadcasts';
import { planUsage } from '../../db/billing';
import { contactListRecipients } from '../../db/contacts';
import { badRequest, notFound } from '../../http/errors';
import { addBatch } from './addRecipients';

type BatchRequest = components['schemas']['BatchRequest'];
type TextRecipient = components['schemas']['TextRecipient'];

/** A broadcast of either kind split into its columns, its settings and its initial recipients. */
export interface BroadcastParts {
  name?: string;
  fromNumber?: string;
  labels?: string[];
  settings: CampaignSettings;
  recipients?: TextRecipient[];
}

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
  // CallFire refuses to start a campaign the account cannot pay for; a running one is suspended instead.
  if (!((planUsage(context.db, context.now()).totalRemainingCredits ?? 0) > 0))
    throw badRequest(
      `${NAMES[kind]} ${id} cannot start: the account has no credits left. Buy credits, then start it again`,
    );
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

/**
 * createCallBroadcast and createTextBroadcast: the campaign, a first batch of the recipients given
 * (duplicates scrubbed) and, with `start`, its start. Returns the new id.
 */
export function createBroadcast(
  context: SandboxContext,
  kind: CampaignKind,
  { recipients, ...fields }: BroadcastParts,
  options: { strict: boolean; start: boolean; problemOf: (row: CampaignRow) => string | undefined },
): number {
  const { db, now } = context;
  return db.transaction(() => {
    const id = insertCampaign(db, kind, fields, now());
    if (recipients?.length)
      addBatch(
        db,
        campaignRow(db, id)!,
        fields.name,
        recipients,
        {
          field: 'recipients',
          strict: options.strict,
          scrubDuplicates: true,
        },
        now(),
      );
    if (options.start) startBroadcast(context, kind, id, options.problemOf);
    return id;
  })();
}

/** updateCallBroadcast and updateTextBroadcast: the changes, and any recipients given as a new batch. */
export function updateBroadcast(
  context: SandboxContext,
  row: CampaignRow,
  { recipients, ...fields }: BroadcastParts,
  strict: boolean,
) {
  const { db, now } = context;
  db.transaction(() => {
    updateCampaign(db, row, fields, now());
    if (recipients?.length)
      addBatch(
        db,
        campaignRow(db, row.id)!,
        undefined,
        recipients,
        {
          field: 'recipients',
          strict,
          scrubDuplicates: true,
        },
        now(),
      );
  })();
}
