import type { FastifyInstance } from 'fastify';
import type { SandboxClock } from '../clock';
import { campaignRow, type BroadcastStatus } from '../db/broadcasts';
import type { Db } from '../db/database';
import { badRequest, notFound, sendError } from './errors';

const DAY_MS = 24 * 60 * 60 * 1000;
const DEFAULT_MAX_MS = 7 * DAY_MS;
/** The longest span one request may simulate, so a typo cannot keep the sandbox busy for hours. */
const LIMIT_MS = 366 * DAY_MS;

const BROADCAST_STATUSES: readonly BroadcastStatus[] = [
  'TEST',
  'SETUP',
  'START_PENDING',
  'RUNNING',
  'SCHEDULED',
  'STOPPED',
  'SUSPENDED',
  'FINISHED',
  'ARCHIVED',
  'VALIDATING_START',
  'VALIDATING_EMAIL',
  'BLOCKED_SUSPICIOUS',
  'DECLINED',
  'APPROVED',
];

interface SimulateBody {
  broadcastId?: number;
  kind?: 'voice' | 'text';
  status?: BroadcastStatus | BroadcastStatus[];
  maxMs?: number;
  idle?: true;
}

const spanSchema = { type: 'number', minimum: 0, maximum: LIMIT_MS };

/**
 * Routes that let a test drive simulated time (registered only in test mode, outside /v2):
 * `POST /__sandbox/clock/advance` moves time forward, running the simulators across the span;
 * `POST /__sandbox/simulate` runs them until a broadcast reaches a status, or until nothing is
 * under way (`{"idle": true}`).
 */
export function registerTestControl(app: FastifyInstance, { db, clock }: { db: Db; clock: SandboxClock }) {
  app.post<{ Body: { ms: number } }>(
    '/__sandbox/clock/advance',
    {
      schema: {
        body: { type: 'object', required: ['ms'], additionalProperties: false, properties: { ms: spanSchema } },
      },
    },
    (request) => {
      clock.advance(request.body.ms);
      return { now: clock.now() };
    },
  );

  app.post<{ Body: SimulateBody }>(
    '/__sandbox/simulate',
    {
      schema: {
        body: {
          type: 'object',
          additionalProperties: false,
          properties: {
            broadcastId: { type: 'integer', minimum: 1 },
            kind: { enum: ['voice', 'text'] },
            status: {
              anyOf: [
                { enum: BROADCAST_STATUSES },
                { type: 'array', minItems: 1, items: { enum: BROADCAST_STATUSES } },
              ],
            },
            maxMs: { ...spanSchema, exclusiveMinimum: 0 },
            idle: { const: true },
          },
        },
      },
    },
    (request, reply) => {
      const { broadcastId, kind = 'voice', status, maxMs = DEFAULT_MAX_MS, idle } = request.body;
      if (idle) {
        if (broadcastId !== undefined || status !== undefined)
          throw badRequest('Give either idle or broadcastId and status, not both');
        if (clock.advanceUntil(() => clock.idle(), maxMs)) return { now: clock.now() };
        return sendError(reply, 409, `The sandbox still had work under way after ${maxMs} ms of simulated time`);
      }
      if (broadcastId === undefined || status === undefined)
        throw badRequest('Give broadcastId and status (a broadcast status or a list of them), or idle: true');
      const wanted = new Set<string>(Array.isArray(status) ? status : [status]);
      const channel = kind === 'voice' ? 'call' : 'text';
      const statusNow = () => {
        const row = campaignRow(db, broadcastId, channel);
        if (!row) throw notFound(kind === 'voice' ? 'Voice broadcast' : 'Text broadcast', broadcastId);
        return row.status;
      };
      if (clock.advanceUntil(() => wanted.has(statusNow()), maxMs)) return { now: clock.now(), status: statusNow() };
      return sendError(
        reply,
        409,
        `Broadcast ${broadcastId} is ${statusNow()} after ${maxMs} ms of simulated time, not ${[...wanted].join(' or ')}`,
      );
    },
  );
}
