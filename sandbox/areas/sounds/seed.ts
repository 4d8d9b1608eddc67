import { loopMp3 } from '../../audio/mp3';
import { synthesizeSpeech, type Voice } from '../../audio/speech';
import type { SandboxContext } from '../../context';
import { insertMedia } from '../../db/media';
import { archiveSound, insertSound, type SoundStatus } from '../../db/sounds';
import { makePng } from './demoImage';

const DAY = 24 * 60 * 60 * 1000;

interface DemoSound {
  name: string;
  text: string;
  voice: Voice;
  daysAgo: number;
  status?: SoundStatus;
  /** Repeat the speech until the sound lasts this long, like a long recorded message. */
  loopToSeconds?: number;
}

const DEMO_SOUNDS: DemoSound[] = [
  {
    name: 'Welcome greeting',
    text: 'Hello, and thank you for calling Example Outreach. Please hold while we connect you.',
    voice: 'FEMALE1',
    daysAgo: 40,
  },
  {
    name: 'Appointment reminder',
    text: 'This is a reminder of your appointment tomorrow at ten in the morning. Press one to confirm.',
    voice: 'MALE1',
    daysAgo: 21,
  },
  {
    name: 'Recordatorio en español',
    text: 'Hola, le recordamos su cita de mañana. Presione uno para confirmar.',
    voice: 'SPANISH1',
    daysAgo: 14,
  },
  {
    name: 'Message du soir',
    text: 'Bonsoir, nos bureaux sont fermés. Rappelez-nous demain matin.',
    voice: 'FRENCHCANADIAN1',
    daysAgo: 9,
  },
  {
    name: 'Town hall recording (10 min)',
    text: 'Welcome to the quarterly town hall. Today we review the results of the season, the new service areas, and the questions you sent us. Thank you for joining.',
    voice: 'FEMALE2',
    daysAgo: 3,
    loopToSeconds: 10 * 60 + 5,
  },
  {
    name: 'Spring promotion 2023',
    text: 'Our spring promotion ends this Friday. Call us today.',
    voice: 'MALE1',
    daysAgo: 400,
    status: 'ARCHIVED',
  },
  {
    name: 'Old holiday hours',
    text: 'Our offices are closed for the holidays.',
    voice: 'FEMALE1',
    daysAgo: 700,
    status: 'SCRUBBED',
  },
];

/** Demo library: sounds in every voice, one over ten minutes long, one archived, one scrubbed; two media files. */
export function seedSounds({ db, now }: SandboxContext) {
  for (const sound of DEMO_SOUNDS) {
    const speech = synthesizeSpeech(sound.text, sound.voice);
    const audio = sound.loopToSeconds
      ? { mp3: loopMp3(speech.mp3, sound.loopToSeconds), seconds: sound.loopToSeconds }
      : speech;
    const created = now() - sound.daysAgo * DAY;
    const id = insertSound(db, {
      name: sound.name,
      status: sound.status === 'SCRUBBED' ? 'SCRUBBED' : 'ACTIVE',
      created,
      ...audio,
    });
    if (sound.status === 'ARCHIVED') archiveSound(db, id);
  }
  const logo = makePng(160, 90, (x, y) => [30 + x, 90 + Math.round(y * 1.5), 200 - x / 2]);
  insertMedia(db, {
    name: 'Campaign banner',
    created: now() - 5 * DAY,
    mediaType: 'image/png',
    extension: 'png',
    data: logo,
  });
  const jingle = synthesizeSpeech('Thanks for texting Example Outreach.', 'FEMALE2');
  insertMedia(db, {
    name: 'Text reply jingle',
    created: now() - 2 * DAY,
    mediaType: 'audio/mpeg',
    extension: 'mp3',
    data: jingle.mp3,
  });
}
