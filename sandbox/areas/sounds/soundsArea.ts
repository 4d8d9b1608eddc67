import type { SandboxArea } from '../../context';
import { mediaMigrations } from '../../db/media';
import { soundMigrations } from '../../db/sounds';
import { soundAudioHandlers } from './audioHandlers';
import { mediaHandlers } from './mediaHandlers';
import { recordingTicker } from './recordings';
import { seedSounds } from './seed';
import { soundHandlers } from './soundHandlers';

export const soundsArea: SandboxArea = {
  name: 'sounds',
  migrations: [...soundMigrations, ...mediaMigrations],
  handlers: { ...soundHandlers, ...soundAudioHandlers, ...mediaHandlers },
  seed(context, kind) {
    if (kind === 'demo') seedSounds(context);
  },
  start: (context) => context.clock.add(recordingTicker(context)),
};
