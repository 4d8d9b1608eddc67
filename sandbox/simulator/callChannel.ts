import { callActions, type CallScript, type CallRecord, type CallRecording } from '../db/calls';
import { campaignSettings, type CampaignRow } from '../db/broadcasts';
import type { Db } from '../db/database';
import { billedSecondsOfCall, creditsForBilledSeconds, type ChargeCollector } from './billing';
import { ANSWERED_RESULTS, callOutcome, type CallPlan } from './callOutcome';
import type { ActionRow, Channel } from './campaignEngine';
import { recordingNames } from './dialplan';

/** How a call is played out: the outcome rule's inputs plus retries and recordings. */
export interface CallSetup extends CallPlan {
  maxAttempts: number;
  minutesBetweenAttempts: number;
  retryResults: readonly string[];
  recordingNames: string[];
}

/** Makes the audio of a recording made on an answered call. */
export type RecordAnswer = (
  db: Db,
  call: { id: number; campaignId: number; toNumber: string },
  name: string,
  now: number,
) => CallRecording;

export function setupOfCampaign(campaign: CampaignRow): CallSetup {
  const settings = campaignSettings(campaign);
  return {
    answeringMachineConfig: settings.answeringMachineConfig,
    canTransfer: Boolean(settings.sounds?.transferDigit && settings.sounds.transferNumber),
    maxAttempts: settings.retryConfig?.maxAttempts ?? 1,
    minutesBetweenAttempts: settings.retryConfig?.minutesBetweenAttempts ?? 60,
    retryResults: settings.retryConfig?.retryResults ?? [],
    recordingNames: settings.dialplanXml ? recordingNames(settings.dialplanXml) : [],
  };
}

export function setupOfScript(script: CallScript): CallSetup {
  return {
    canTransfer: Boolean(script.transferDigit && script.transferNumber),
    maxAttempts: 1,
    minutesBetweenAttempts: 60,
    retryResults: [],
    recordingNames: script.dialplanXml ? recordingNames(script.dialplanXml) : [],
  };
}

/** The voice channel of the simulator. Each attempt's outcome and length come from `callOutcome`. */
export function createCallChannel({ recordAnswer }: { recordAnswer?: RecordAnswer } = {}): Channel {
  const setups = new Map<string, CallSetup>();
  const setupOf = (action: ActionRow, campaign: CampaignRow | undefined): CallSetup => {
    if (action.script) return setupOfScript(JSON.parse(action.script) as CallScript);
    if (!campaign) throw new Error(`Call ${action.id} has neither a script nor a broadcast`);
    const key = `${campaign.id}:${campaign.last_modified}`;
    let setup = setups.get(key);
    if (!setup) {
      setup = setupOfCampaign(campaign);
      setups.set(key, setup);
    }
    return setup;
  };
  const ms = (seconds: number) => seconds * 1000;

  return {
    kind: 'call',
    actions: callActions,
    begin(db, action, campaign, now) {
      const outcome = callOutcome(action.to_number, action.attempts + 1, setupOf(action, campaign));
      db.prepare(
        `UPDATE calls SET state = 'SELECTED', attempts = attempts + 1, attempt_started = ?, active_until = ?,
           modified = ?, payload = json_set(payload, '$.state', 'SELECTED', '$.modified', ?) WHERE id = ?`,
      ).run(now, now + ms(outcome.ringSeconds + outcome.talkSeconds), now, now, action.id);
    },

    finish(db, action, campaign, now, charges: ChargeCollector) {
      const setup = setupOf(action, campaign);
      const outcome = callOutcome(action.to_number, action.attempts, setup);
      const answered = ANSWERED_RESULTS.has(outcome.result);
      const billedSeconds = billedSecondsOfCall(outcome.talkSeconds, answered);
      const credits = creditsForBilledSeconds(billedSeconds);
      const originateTime = action.attempt_started ?? now;
      const recordings =
        outcome.result === 'LA' && recordAnswer
          ? setup.recordingNames.map((name) =>
              recordAnswer(
                db,
                { id: action.id, campaignId: action.campaign_id, toNumber: action.to_number },
                name,
                now,
              ),
            )
          : [];
      const record: CallRecord = {
        id: action.id * 100 + action.attempts,
        toNumber: action.to_number,
        originateTime,
        answerTime: answered ? originateTime + ms(outcome.ringSeconds) : undefined,
        finishTime: action.active_until ?? now,
        duration: outcome.talkSeconds,
        result: outcome.result,
        billedAmount: credits,
        switchId: 'sandbox',
        recordings: recordings.length ? recordings : undefined,
      };
      const retry = setup.retryResults.includes(outcome.result) && action.attempts < setup.maxAttempts;
      const state = retry ? 'READY' : 'FINISHED';
      const payload = JSON.parse(db.prepare('SELECT payload FROM calls WHERE id = ?').pluck().get(action.id) as string);
      payload.records = [...(payload.records ?? []), record];
      payload.state = state;
      payload.finalCallResult = outcome.result;
      payload.modified = now;
      db.prepare(
        `UPDATE calls SET state = ?, final_result = ?, next_attempt_at = ?, active_until = NULL,
           duration = duration + ?, billed_seconds = billed_seconds + ?, billed = billed + ?, modified = ?, payload = ?
         WHERE id = ?`,
      ).run(
        state,
        outcome.result,
        retry ? now + ms(setup.minutesBetweenAttempts * 60) : action.next_attempt_at,
        outcome.talkSeconds,
        billedSeconds,
        credits,
        now,
        JSON.stringify(payload),
        action.id,
      );
      charges.add('call', outcome.talkSeconds, credits);
    },
  };
}
