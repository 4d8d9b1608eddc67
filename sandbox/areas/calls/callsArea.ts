import type { components } from '../../../shared/schema';
import type { SandboxArea, SandboxContext } from '../../context';
import { campaignRow, insertSentBatch } from '../../db/broadcasts';
import { callMigrations, insertCalls, type CallScript } from '../../db/calls';
import { callsByIds, findCalls, readCall } from '../../db/callMapper';
import { readRecording, readRecordingByName, recordingAudio, recordingsOfCall } from '../../db/callRecordings';
import { requireCallerId, verifiedCallerIds } from '../../db/callerIds';
import { requirePlayableSound } from '../../db/sounds';
import { ACTION_STATES } from '../../db/actions';
import { badRequest, notFound } from '../../http/errors';
import { pageRequest } from '../../http/paging';
import { createCallChannel } from '../../simulator/callChannel';
import { dialplanProblem } from '../../simulator/dialplan';
import { sandboxBaseUrl } from '../../http/baseUrl';
import { resolveRecipients } from '../../simulator/recipients';
import { parseEnumList } from './parseEnumList';
import { createRecordAnswer } from './recordAnswer';

type Schemas = components['schemas'];
const CALL_RESULTS: readonly Schemas['CallResult'][] = [
  'LA',
  'AM',
  'BUSY',
  'DNC',
  'XFER',
  'NO_ANS',
  'XFER_LEG',
  'INTERNAL_ERROR',
  'CARRIER_ERROR',
  'CARRIER_TEMP_ERROR',
  'UNDIALED',
  'SD',
  'POSTPONED',
  'ABANDONED',
  'SKIPPED',
];

function requireCall(context: SandboxContext, id: number) {
  const call = readCall(context.db, id, sandboxBaseUrl(context));
  if (!call) throw notFound('Call', id);
  return call;
}

export const callsArea: SandboxArea = {
  name: 'calls',
  migrations: callMigrations,
  channels: (context) => [createCallChannel({ recordAnswer: createRecordAnswer(context) })],
  handlers: {
    findCalls: (request, _reply, context) => {
      const { limit, offset, fields: _fields, states, results, ...filters } = request.query;
      if (
        filters.intervalBegin !== undefined &&
        filters.intervalEnd !== undefined &&
        filters.intervalBegin > filters.intervalEnd
      )
        throw badRequest('intervalBegin must not be after intervalEnd');
      return findCalls(
        context.db,
        {
          ...filters,
          states: parseEnumList(states, ACTION_STATES, 'states'),
          results: parseEnumList(results, CALL_RESULTS, 'results'),
        },
        pageRequest({ limit, offset }),
        sandboxBaseUrl(context),
      );
    },

    sendCalls: (request, _reply, context) => {
      const { db, now } = context;
      const query = request.query;
      if (query.campaignId && !campaignRow(db, query.campaignId, 'call'))
        throw badRequest(`campaignId: there is no voice broadcast ${query.campaignId}`);
      for (const key of ['defaultLiveMessageSoundId', 'defaultMachineMessageSoundId'] as const) {
        const soundId = query[key];
        if (soundId !== undefined) requirePlayableSound(db, soundId, `query.${key}`);
      }
      const scripts = request.body.map((recipient, index): CallScript => {
        const script: CallScript = {
          liveMessage: recipient.liveMessage ?? query.defaultLiveMessage,
          liveMessageSoundId: recipient.liveMessageSoundId ?? query.defaultLiveMessageSoundId,
          machineMessage: recipient.machineMessage ?? query.defaultMachineMessage,
          machineMessageSoundId: recipient.machineMessageSoundId ?? query.defaultMachineMessageSoundId,
          transferMessage: recipient.transferMessage,
          transferMessageSoundId: recipient.transferMessageSoundId,
          transferDigit: recipient.transferDigit,
          transferNumber: recipient.transferNumber,
          voice: recipient.voice ?? query.defaultVoice,
          dialplanXml: recipient.dialplanXml,
        };
        if (script.dialplanXml) {
          const problem = dialplanProblem(script.dialplanXml, `body[${index}].dialplanXml`);
          if (problem) throw badRequest(problem);
        } else if (!script.liveMessage?.trim() && script.liveMessageSoundId === undefined)
          throw badRequest(
            `body[${index}]: nothing to play; give liveMessage, liveMessageSoundId or dialplanXml, or defaultLiveMessage`,
          );
        return script;
      });
      request.body.forEach((recipient, index) => {
        if (recipient.fromNumber !== undefined) requireCallerId(db, recipient.fromNumber, `body[${index}].fromNumber`);
        for (const key of ['liveMessageSoundId', 'machineMessageSoundId', 'transferMessageSoundId'] as const) {
          const soundId = recipient[key];
          if (soundId !== undefined) requirePlayableSound(db, soundId, `body[${index}].${key}`);
        }
      });
      const resolved = resolveRecipients(db, request.body, {
        field: 'body',
        strict: query.strictValidation ?? false,
        scrubDuplicates: false,
        kind: 'call',
        now: now(),
      });
      const defaultCallerId = verifiedCallerIds(db)[0];
      const campaignId = query.campaignId ?? 0;
      const hadErrors = resolved.some((recipient) => recipient.state === 'INVALID');
      const ids = insertSentBatch(db, { kind: 'call', campaignId, hadErrors }, now(), (batchId) =>
        insertCalls(
          db,
          resolved.map((recipient) => ({
            campaignId,
            batchId,
            contactId: recipient.contactId,
            fromNumber: recipient.fromNumber ?? defaultCallerId,
            toNumber: recipient.toNumber,
            state: recipient.state,
            finalCallResult: recipient.state === 'DNC' ? 'DNC' : undefined,
            timeZone: recipient.timeZone,
            attributes: recipient.attributes,
            script: scripts[recipient.index],
          })),
          now(),
        ),
      );
      return { items: callsByIds(db, ids, sandboxBaseUrl(context)) };
    },

    getCall: (request, _reply, context) => requireCall(context, request.params.id),

    getCallRecordings: (request, _reply, context) => {
      requireCall(context, request.params.id);
      return { items: recordingsOfCall(context.db, request.params.id, sandboxBaseUrl(context)) };
    },

    getCallRecordingByName: (request, _reply, context) => {
      requireCall(context, request.params.id);
      const recording = readRecordingByName(
        context.db,
        request.params.id,
        request.params.name,
        sandboxBaseUrl(context),
      );
      if (!recording) throw notFound(`Recording "${request.params.name}" of call`, request.params.id);
      return recording;
    },

    getCallRecordingMp3ByName: (request, reply, { db }) => {
      const audio = recordingAudio(db, { callId: request.params.id, name: request.params.name });
      if (!audio) throw notFound(`Recording "${request.params.name}" of call`, request.params.id);
      return reply.type('audio/mpeg').send(audio);
    },

    getCallRecording: (request, _reply, context) => {
      const recording = readRecording(context.db, request.params.id, sandboxBaseUrl(context));
      if (!recording) throw notFound('Recording', request.params.id);
      return recording;
    },

    getCallRecordingMp3: (request, reply, { db }) => {
      const audio = recordingAudio(db, { id: request.params.id });
      if (!audio) throw notFound('Recording', request.params.id);
      return reply.type('audio/mpeg').send(audio);
    },
  },
};
