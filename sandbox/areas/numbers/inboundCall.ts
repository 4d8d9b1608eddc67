import type { FastifyInstance } from 'fastify';
import { createRecordAnswer } from '../calls/recordAnswer';
import type { SandboxContext } from '../../context';
import { chargeCredits } from '../../db/billing';
import { addCallNote, finishAttempt, insertCalls } from '../../db/calls';
import { readNumberConfig, readNumberLeaseRow, leaseState } from '../../db/numberLeases';
import { badRequest, SandboxError } from '../../http/errors';
import { requireNumber } from '../../http/phone';
import { billedSecondsOfCall, creditsForBilledSeconds } from '../../simulator/billing';
import { recordingNames } from '../../simulator/dialplan';
import { isScheduleOpen } from '../../simulator/timeWindows';
import { placeOfNumber } from '../../../shared/usAreaCodes';

type CallResult = 'LA' | 'XFER' | 'NO_ANS';

interface InboundOutcome {
  result: CallResult;
  talkSeconds: number;
  recordings: string[];
  note: string;
}

const display = (number: string) => `(${number.slice(1, 4)}) ${number.slice(4, 7)}-${number.slice(7)}`;

/**
 * What happens to a call into a configured number, deterministically from the caller's last two
 * digits: an IVR answers and records each `<record>` step; call tracking transfers (00-69 someone
 * answers, in turn through the transfer numbers) during its hours, else takes a voicemail if on.
 */
function outcomeOf(context: SandboxContext, number: string, caller: string): InboundOutcome {
  const config = readNumberConfig(context.db, number);
  const digits = Number(caller.slice(-2));
  if (config.configType === 'IVR') {
    return {
      result: 'LA',
      talkSeconds: 30 + (digits % 60),
      recordings: recordingNames(config.ivrInboundConfig!.dialplanXml),
      note: 'Answered by the number’s IVR',
    };
  }
  const tracking = config.callTrackingConfig ?? {};
  const transfers = tracking.transferNumbers ?? [];
  const open = !tracking.weeklySchedule || isScheduleOpen(tracking.weeklySchedule, context.now());
  if (open && transfers.length > 0 && digits < 70) {
    const target = transfers[digits % transfers.length]!;
    return {
      result: 'XFER',
      talkSeconds: 45 + digits,
      recordings: tracking.recorded ? ['call'] : [],
      note: `Transferred to ${display(target)}`,
    };
  }
  const why = !open
    ? 'Outside the transfer hours'
    : transfers.length
      ? 'No transfer number answered'
      : 'No transfer numbers';
  if (tracking.voicemail)
    return {
      result: 'LA',
      talkSeconds: 20 + (digits % 30),
      recordings: ['voicemail'],
      note: `${why}: voicemail taken`,
    };
  return { result: 'NO_ANS', talkSeconds: 0, recordings: [], note: `${why}; voicemail is off` };
}

/** Simulates one inbound call to a leased number with an IVR or call tracking; answers the call's id. */
export function simulateInboundCall(context: SandboxContext, to: string, from: string): number {
  const { db } = context;
  const now = context.now();
  const number = requireNumber(to, 'toNumber');
  const caller = requireNumber(from, 'fromNumber');
  const lease = readNumberLeaseRow(db, number);
  if (!lease) throw new SandboxError(404, `${number} is not one of the account's numbers`);
  const { status } = leaseState(lease.lease_begin, lease.lease_end, lease.auto_renew === 1, now);
  if (status !== 'ACTIVE') throw badRequest(`toNumber: the lease of ${number} is not active (${status})`);
  if (lease.call_feature !== 'ENABLED') throw badRequest(`toNumber: calls are turned off on ${number}`);
  if (!readNumberConfig(db, number).configType)
    throw badRequest(`toNumber: ${number} has no IVR or call tracking set up, so nothing answers it`);

  const outcome = outcomeOf(context, number, caller);
  const answered = outcome.result !== 'NO_ANS';
  const billedSeconds = billedSecondsOfCall(outcome.talkSeconds, answered);
  const credits = creditsForBilledSeconds(billedSeconds);
  const recordAnswer = createRecordAnswer(context);
  return db.transaction(() => {
    const [callId] = insertCalls(
      db,
      [
        {
          campaignId: 0,
          fromNumber: caller,
          toNumber: number,
          state: 'READY',
          timeZone: placeOfNumber(number)?.timeZone ?? 'America/New_York',
          inbound: true,
        },
      ],
      now,
    );
    const finishTime = now + outcome.talkSeconds * 1000;
    const attemptId = finishAttempt(
      db,
      callId!,
      {
        callerName: display(caller),
        originateTime: now,
        answerTime: answered ? now + 3000 : undefined,
        finishTime,
        duration: outcome.talkSeconds,
        billedSeconds,
        billedAmount: credits,
        result: outcome.result,
      },
      { now },
    );
    for (const name of outcome.recordings)
      recordAnswer(db, { id: callId!, attemptId, campaignId: 0, toNumber: caller }, name, now);
    addCallNote(db, callId!, outcome.note, now);
    if (credits > 0) chargeCredits(db, now, 'call', billedSeconds, credits);
    return callId!;
  })();
}

/**
 * `POST /__sandbox/inbound-calls` with `{toNumber, fromNumber}` and the account's Basic auth: a
 * sandbox-only control (CallFire has no such operation) that makes someone call one of the
 * account's numbers, so the calls pages show inbound calls, their recordings and results.
 */
export function registerInboundCalls(
  app: FastifyInstance,
  context: SandboxContext,
  checkAuth: (authorization?: string) => boolean,
) {
  app.post<{ Body: { toNumber: string; fromNumber: string } }>(
    '/__sandbox/inbound-calls',
    {
      schema: {
        body: {
          type: 'object',
          required: ['toNumber', 'fromNumber'],
          additionalProperties: false,
          properties: { toNumber: { type: 'string', minLength: 1 }, fromNumber: { type: 'string', minLength: 1 } },
        },
      },
      onRequest: async (request) => {
        if (!checkAuth(request.headers.authorization)) throw new SandboxError(401, 'Use the sandbox’s API credentials');
      },
    },
    (request, reply) => {
      const id = simulateInboundCall(context, request.body.toNumber, request.body.fromNumber);
      reply.code(201);
      return { id };
    },
  );
}
