import type { SandboxContext } from '../../context';
import { createRecordAnswer } from '../calls/recordAnswer';
import { createCallChannel } from '../../simulator/callChannel';
import { isOnDoNotContactList } from '../../simulator/doNotContact';
import { startCampaignEngine, type Channel, type EngineOptions } from '../../simulator/campaignEngine';

/** The voice side of the campaign simulator, as the sandbox runs it. */
export function voiceChannels(context: SandboxContext): Channel[] {
  return [createCallChannel({ speed: context.config.speed, recordAnswer: createRecordAnswer(context) })];
}

export const engineOptions: EngineOptions = {
  isBlocked: isOnDoNotContactList,
};

export function startSimulator(context: SandboxContext): () => void {
  return startCampaignEngine(context, voiceChannels(context), engineOptions);
}
