import { describe, expect, it } from 'vitest';
import { broadcastOf, defaultFormValues, formValuesOf, type BroadcastFormValues } from './broadcastForm';
import { batchRequestOf, emptyBatchForm } from './batchForm';

// Every setting away from its default, so a field the mapping forgets shows as a difference.
const everySetting: BroadcastFormValues = {
  ...defaultFormValues(),
  name: 'Spring reminders',
  labels: ['spring', 'vip'],
  fromNumber: '12135550100',
  live: { mode: 'tts', text: 'Hello from the clinic', voice: 'MALE1', soundId: undefined },
  machine: { mode: 'sound', text: '', voice: 'FEMALE1', soundId: 12 },
  transfer: { mode: 'tts', text: 'Connecting you', voice: 'SPANISH1', soundId: undefined },
  dnc: { mode: 'sound', text: '', voice: 'FEMALE1', soundId: 14 },
  transferDigit: '1',
  transferNumber: '12135550111',
  dncDigit: '9',
  answeringMachineConfig: 'LIVE_WITH_AMD',
  maxActive: 7,
  maxAttempts: 3,
  minutesBetweenAttempts: 15,
  retryResults: ['BUSY', 'NO_ANS'],
  retryPhoneTypes: ['MOBILE_PHONE'],
  restrictionEnabled: true,
  restrictionBegin: '08:30',
  restrictionEnd: '19:45',
  schedules: [
    {
      startDate: '2026-03-01',
      stopDate: '2026-03-31',
      startTime: '09:00',
      stopTime: '17:00',
      daysOfWeek: ['MONDAY', 'FRIDAY'],
      timeZone: 'America/Los_Angeles',
    },
  ],
  resumeNextDay: true,
};

describe('voice broadcast form', () => {
  it('reads back every setting it sends', () => {
    expect(formValuesOf(broadcastOf(everySetting))).toEqual(everySetting);
  });

  it('sends an IVR broadcast with its dialplan and no sounds', () => {
    const ivr = { ...everySetting, kind: 'ivr' as const, dialplanXml: '<dialplan><hangup/></dialplan>' };
    const broadcast = broadcastOf(ivr);
    expect(broadcast.sounds).toEqual({});
    expect(formValuesOf(broadcast)).toMatchObject({ kind: 'ivr', dialplanXml: ivr.dialplanXml });
  });
});

describe('batch form', () => {
  it('sends a contact list by id', () => {
    expect(batchRequestOf({ ...emptyBatchForm, name: 'March', listId: '42' })).toEqual({
      name: 'March',
      contactListId: 42,
      scrubDuplicates: true,
    });
  });

  it('sends pasted numbers as recipients', () => {
    expect(
      batchRequestOf({
        ...emptyBatchForm,
        source: 'numbers',
        numbers: '(213) 555-0100\n213-555-0101',
        scrubDuplicates: false,
      }),
    ).toEqual({
      name: undefined,
      recipients: [{ phoneNumber: '12135550100' }, { phoneNumber: '12135550101' }],
      scrubDuplicates: false,
    });
  });
});
