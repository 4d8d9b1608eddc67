import type { Db } from '../../db/database';
import type { NumberConfig } from '../../db/numberLeases';
import { requirePlayableSound } from '../../db/sounds';
import { badRequest } from '../../http/errors';
import { requireNumber } from '../../http/phone';
import { dialplanProblem } from '../../simulator/dialplan';
import { scheduleProblem } from '../../simulator/timeWindows';

type CallTrackingConfig = NonNullable<NumberConfig['callTrackingConfig']>;

const SOUND_FIELDS = ['introSoundId', 'whisperSoundId', 'voicemailSoundId', 'failedTransferSoundId'] as const;

function checkedCallTracking(db: Db, config: CallTrackingConfig): CallTrackingConfig {
  const field = 'body.callTrackingConfig';
  const transferNumbers = config.transferNumbers?.map((number, index) =>
    requireNumber(number, `${field}.transferNumbers[${index}]`),
  );
  for (const name of SOUND_FIELDS) {
    const id = config[name];
    if (id !== undefined) requirePlayableSound(db, id, `${field}.${name}`);
  }
  if (config.weeklySchedule) {
    const problem = scheduleProblem(config.weeklySchedule, `${field}.weeklySchedule`);
    if (problem) throw badRequest(problem);
  }
  if (!transferNumbers?.length && !config.voicemail)
    throw badRequest(`${field}.transferNumbers: give at least one transfer number, or turn voicemail on`);
  return { ...config, transferNumbers };
}

/**
 * Checks a configuration and returns what is stored: the part its type names (an IVR's dialplan or
 * the call-tracking settings) and the text settings; the other part is dropped, as a number is
 * either an IVR or a tracking number.
 */
export function checkedNumberConfig(db: Db, config: NumberConfig): Omit<NumberConfig, 'number'> {
  const { configType, ivrInboundConfig, callTrackingConfig, textInboundConfig } = config;
  const text = textInboundConfig && {
    ...textInboundConfig,
    forwardNumber:
      textInboundConfig.forwardNumber &&
      requireNumber(textInboundConfig.forwardNumber, 'body.textInboundConfig.forwardNumber'),
  };
  if (configType === 'IVR') {
    if (!ivrInboundConfig) throw badRequest('body.ivrInboundConfig is required when configType is IVR');
    const problem = dialplanProblem(ivrInboundConfig.dialplanXml, 'body.ivrInboundConfig.dialplanXml');
    if (problem) throw badRequest(problem);
    return { configType, ivrInboundConfig: { dialplanXml: ivrInboundConfig.dialplanXml }, textInboundConfig: text };
  }
  if (configType === 'TRACKING') {
    if (!callTrackingConfig) throw badRequest('body.callTrackingConfig is required when configType is TRACKING');
    return { configType, callTrackingConfig: checkedCallTracking(db, callTrackingConfig), textInboundConfig: text };
  }
  throw badRequest('body.configType is required: IVR or TRACKING');
}
