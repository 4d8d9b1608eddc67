import type { components } from '../../shared/schema';

export type CallResult = components['schemas']['CallResult'];
export type AnsweringMachineConfig = NonNullable<components['schemas']['CallBroadcast']['answeringMachineConfig']>;

/** What one simulated call attempt did; durations are in seconds of the simulated call. */
export interface CallOutcome {
  result: CallResult;
  /** Seconds from dialling to answer (or to giving up). */
  ringSeconds: number;
  /** Seconds connected; 0 when nobody answered. */
  talkSeconds: number;
}

export interface CallPlan {
  answeringMachineConfig?: AnsweringMachineConfig;
  /** The broadcast offers a transfer (a transfer digit and number). */
  canTransfer: boolean;
}

/**
 * The sandbox's deterministic rule: the last two digits of the number decide what happens, so a test
 * that calls 12135550100 always gets a live answer.
 *
 * | last two digits | first attempt                                  |
 * | 00–54           | LA (a person answers)                          |
 * | 55–74           | AM (an answering machine)                      |
 * | 75–84           | BUSY                                           |
 * | 85–94           | NO_ANS                                         |
 * | 95–96           | CARRIER_ERROR                                  |
 * | 97              | INTERNAL_ERROR                                 |
 * | 98–99           | XFER when the broadcast can transfer, else LA  |
 *
 * A repeated attempt of a BUSY or NO_ANS number whose last digit is even is answered (LA).
 * The answering machine setting then applies: LIVE_IMMEDIATE does no detection, so machines count as
 * LA; AM_ONLY hangs up on people and LIVE_WITH_AMD on machines after 3 seconds.
 */
export function callOutcome(number: string, attempt: number, plan: CallPlan): CallOutcome {
  const ending = Number(number.slice(-2));
  let result = firstResult(ending, plan.canTransfer);
  if (attempt > 1 && (result === 'BUSY' || result === 'NO_ANS') && ending % 2 === 0) result = 'LA';
  if (result === 'AM' && plan.answeringMachineConfig === 'LIVE_IMMEDIATE') result = 'LA';

  switch (result) {
    case 'LA': {
      const hangsUp = plan.answeringMachineConfig === 'AM_ONLY';
      return { result, ringSeconds: 6, talkSeconds: hangsUp ? 3 : 20 + (ending % 40) };
    }
    case 'AM': {
      const hangsUp = plan.answeringMachineConfig === 'LIVE_WITH_AMD';
      return { result, ringSeconds: 12, talkSeconds: hangsUp ? 3 : 15 + (ending % 30) };
    }
    case 'XFER':
      return { result, ringSeconds: 6, talkSeconds: 90 + ending };
    case 'NO_ANS':
      return { result, ringSeconds: 30, talkSeconds: 0 };
    default:
      return { result, ringSeconds: 2, talkSeconds: 0 };
  }
}

function firstResult(ending: number, canTransfer: boolean): CallResult {
  if (ending <= 54) return 'LA';
  if (ending <= 74) return 'AM';
  if (ending <= 84) return 'BUSY';
  if (ending <= 94) return 'NO_ANS';
  if (ending <= 96) return 'CARRIER_ERROR';
  if (ending === 97) return 'INTERNAL_ERROR';
  return canTransfer ? 'XFER' : 'LA';
}

/** Results where somebody or something picked up, which are the ones billed. */
export const ANSWERED_RESULTS: ReadonlySet<CallResult> = new Set(['LA', 'AM', 'XFER']);
