import type { Handlers } from '../../context';
import {
  checkVerificationCode,
  issueVerificationCode,
  isVerifiedCallerId,
  verifiedCallerIds,
} from '../../db/callerIds';
import { badRequest } from '../../http/errors';
import { normalizeNumber } from '../../http/phone';

/** A caller id is a full 11-digit number (short codes cannot place calls). */
function callerIdNumber(value: string): string {
  const number = normalizeNumber(value);
  if (!number || number.length !== 11) {
    throw badRequest(`callerid: "${value}" is not a valid phone number (expected 11 digits such as 12135550100)`);
  }
  return number;
}

/**
 * Caller id verification. Where CallFire phones the number and reads the code out, the sandbox writes the
 * code to its own console output (and serves it to the account at `/__sandbox/…`, for tests).
 */
export const callerIdHandlers: Handlers = {
  getCallerIds: (_request, _reply, { db }) => ({
    items: verifiedCallerIds(db).map((phoneNumber) => ({ phoneNumber })),
  }),
  sendVerificationCodeToCallerId: (request, _reply, { db, now, config }) => {
    const number = callerIdNumber(request.params.callerid);
    if (isVerifiedCallerId(db, number)) throw badRequest(`${number} is already a verified caller id`);
    const code = issueVerificationCode(db, number, now());
    console.log(`[sandbox] Verification call to ${number} (account ${config.login}): the code is ${code}`);
  },
  verifyCallerId: (request, _reply, { db, now }) => {
    const number = callerIdNumber(request.params.callerid);
    const outcome = checkVerificationCode(db, number, request.body.verificationCode, now());
    if (outcome === 'no-code') {
      throw badRequest(`No verification code is waiting for ${number}: it expired or was never sent. Send a new one.`);
    }
    return outcome === 'verified';
  },
};
