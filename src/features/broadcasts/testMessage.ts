import type { CallBroadcast } from '../../api/resources/broadcasts';
import type { TextBroadcast } from '../../api/resources/textBroadcasts';
import type { Schema } from '../../api/types';

type Purpose = 'live' | 'machine' | 'transfer';

/**
 * What a broadcast plays, as one sendCalls recipient's fields (everything but the number): each message
 * as its library sound when CallFire made one, else as its text; the transfer key; the IVR dialplan;
 * the caller id. sendCalls takes one voice for every spoken message: the live message's, else the machine's.
 */
export function testCallOf(broadcast: CallBroadcast): Omit<Schema<'CallRecipient'>, 'phoneNumber'> {
  const sounds = broadcast.sounds ?? {};
  const message = (purpose: Purpose) => {
    const soundId = sounds[`${purpose}SoundId`];
    if (soundId !== undefined) return { [`${purpose}MessageSoundId`]: soundId };
    const text = sounds[`${purpose}SoundText`];
    return text ? { [`${purpose}Message`]: text } : {};
  };
  const voice = sounds.liveSoundTextVoice ?? sounds.machineSoundTextVoice;
  return {
    fromNumber: broadcast.fromNumber || undefined,
    ...(broadcast.dialplanXml
      ? { dialplanXml: broadcast.dialplanXml }
      : {
          ...message('live'),
          ...message('machine'),
          ...message('transfer'),
          ...(sounds.transferDigit
            ? { transferDigit: sounds.transferDigit, transferNumber: sounds.transferNumber }
            : {}),
          ...(voice ? { voice } : {}),
        }),
  };
}

/** What a text broadcast sends, as one sendTexts recipient's fields: its message, media and sender. */
export function testTextOf(broadcast: TextBroadcast): Omit<Schema<'TextRecipient'>, 'phoneNumber'> {
  return {
    fromNumber: broadcast.fromNumber || undefined,
    message: broadcast.message,
    ...(broadcast.media?.length ? { media: broadcast.media } : {}),
  };
}
