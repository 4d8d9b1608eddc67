import { describe, expect, it } from 'vitest';
import { testCallOf, testTextOf } from './testMessage';

describe('testCallOf', () => {
  it("sends the broadcast's sounds, transfer key, voice and caller id", () => {
    expect(
      testCallOf({
        fromNumber: '12135550111',
        sounds: {
          liveSoundText: 'Hello',
          liveSoundTextVoice: 'MALE1',
          liveSoundId: 40,
          machineSoundText: 'Call us back',
          transferSoundId: 7,
          transferDigit: '1',
          transferNumber: '12135550199',
        },
      }),
    ).toEqual({
      fromNumber: '12135550111',
      liveMessageSoundId: 40,
      machineMessage: 'Call us back',
      transferMessageSoundId: 7,
      transferDigit: '1',
      transferNumber: '12135550199',
      voice: 'MALE1',
    });
  });

  it('sends the dialplan of an IVR broadcast instead of sounds', () => {
    expect(testCallOf({ dialplanXml: '<dialplan/>', sounds: { liveSoundId: 3 } })).toEqual({
      fromNumber: undefined,
      dialplanXml: '<dialplan/>',
    });
  });
});

describe('testTextOf', () => {
  it('sends the message, media and sender', () => {
    expect(testTextOf({ fromNumber: '67076', message: 'Hi ${first}', media: [{ id: 2 }] })).toEqual({
      fromNumber: '67076',
      message: 'Hi ${first}',
      media: [{ id: 2 }],
    });
  });
});
