import type { CallBroadcast } from '../../db/broadcasts';
import { requireCallerId } from '../../db/callerIds';
import type { Db } from '../../db/database';
import { badRequest } from '../../http/errors';
import { requireNumber } from '../../http/phone';
import { dialplanProblem } from '../../simulator/dialplan';
import { restrictionProblem, scheduleProblem } from '../../simulator/timeWindows';
import { checkBroadcastSoundIds } from './broadcastSounds';

/**
 * Checks what the contract cannot: the caller id, the transfer number, sound ids, the dialplan,
 * schedules and the local time restriction. Returns the broadcast with its numbers normalised.
 */
export function validateCallBroadcast(db: Db, broadcast: CallBroadcast): CallBroadcast {
  const checked: CallBroadcast = { ...broadcast };
  if (broadcast.fromNumber !== undefined) checked.fromNumber = requireCallerId(db, broadcast.fromNumber, 'fromNumber');
  const sounds = broadcast.sounds;
  if (sounds) {
    checked.sounds = { ...sounds };
    if (sounds.transferNumber !== undefined)
      checked.sounds.transferNumber = requireNumber(sounds.transferNumber, 'sounds.transferNumber');
    if (sounds.transferDigit !== undefined && sounds.transferDigit === sounds.dncDigit)
      throw badRequest('sounds.dncDigit must differ from sounds.transferDigit');
    checkBroadcastSoundIds(db, sounds);
  }
  if (broadcast.dialplanXml !== undefined && broadcast.dialplanXml.trim() !== '') {
    const problem = dialplanProblem(broadcast.dialplanXml, 'dialplanXml');
    if (problem) throw badRequest(problem);
  }
  checkTimeWindows(broadcast);
  return checked;
}

/** Schedules and the local time restriction, checked alike for voice and text broadcasts. */
export function checkTimeWindows(broadcast: Pick<CallBroadcast, 'schedules' | 'localTimeRestriction'>) {
  broadcast.schedules?.forEach((schedule, index) => {
    const problem = scheduleProblem(schedule, `schedules[${index}]`);
    if (problem) throw badRequest(problem);
  });
  if (broadcast.localTimeRestriction) {
    const problem = restrictionProblem(broadcast.localTimeRestriction, 'localTimeRestriction');
    if (problem) throw badRequest(problem);
  }
}

/** A broadcast can only start when it has something to play. */
export function playableProblem(broadcast: CallBroadcast): string | undefined {
  const sounds = broadcast.sounds ?? {};
  const hasLive = sounds.liveSoundId !== undefined || Boolean(sounds.liveSoundText?.trim());
  const hasMachine = sounds.machineSoundId !== undefined || Boolean(sounds.machineSoundText?.trim());
  if (broadcast.dialplanXml?.trim() || hasLive || hasMachine) return undefined;
  return `Broadcast ${broadcast.id} has nothing to play: set sounds (live or machine) or dialplanXml before starting it`;
}
