import { describe, expect, it } from 'vitest';
import {
  callAgainName,
  callBroadcastSettings,
  candidatesByResult,
  lastResultPerNumber,
  selectCallAgain,
  textBroadcastSettings,
} from './callAgain';

describe('lastResultPerNumber', () => {
  it("keeps each number's latest outcome, whatever order they are read in", () => {
    const last = lastResultPerNumber([
      { id: 9, toNumber: '12135550101', result: 'LA' },
      { id: 3, toNumber: '12135550101', result: 'BUSY' },
      { id: 4, toNumber: '12135550102', result: 'NO_ANS' },
    ]);
    expect([...last.values()].map(({ toNumber, result }) => [toNumber, result])).toEqual([
      ['12135550101', 'LA'],
      ['12135550102', 'NO_ANS'],
    ]);
  });
});

describe('candidatesByResult and selectCallAgain', () => {
  const last = lastResultPerNumber([
    { id: 1, toNumber: '12135550175', result: 'BUSY' },
    { id: 2, toNumber: '12135550176', result: 'BUSY' },
    { id: 3, toNumber: '12135550185', result: 'NO_ANS' },
    { id: 4, toNumber: '12135550155', result: 'AM' },
    { id: 5, toNumber: '12135550100', result: 'LA' },
  ]);
  const byResult = candidatesByResult(last, ['BUSY', 'NO_ANS', 'AM']);

  it('groups only the retryable last results, every one listed even when empty', () => {
    expect(Object.fromEntries(byResult)).toEqual({
      BUSY: ['12135550175', '12135550176'],
      NO_ANS: ['12135550185'],
      AM: ['12135550155'],
    });
    expect(candidatesByResult(new Map(), ['BUSY']).get('BUSY')).toEqual([]);
  });

  it('calls the chosen results again, leaving out and counting numbers on the do-not-contact list', () => {
    const selection = selectCallAgain({ byResult, blocked: new Set(['12135550176']) }, ['BUSY', 'NO_ANS']);
    expect(selection).toEqual({
      counts: { BUSY: 2, NO_ANS: 1, AM: 1 },
      numbers: ['12135550175', '12135550185'],
      leftOut: 1,
    });
    expect(selectCallAgain({ byResult, blocked: new Set() }, []).numbers).toEqual([]);
  });
});

describe('broadcast settings for a new broadcast', () => {
  it('drops identity and state, and sends messages already made sounds as those sounds', () => {
    const settings = callBroadcastSettings({
      id: 4,
      status: 'FINISHED',
      lastModified: 1,
      name: 'Spring',
      maxActive: 5,
      sounds: { liveSoundText: 'Hi', liveSoundTextVoice: 'MALE1', liveSoundId: 12, machineSoundText: 'Bye' },
    });
    expect(settings).toEqual({
      name: 'Spring',
      maxActive: 5,
      sounds: { liveSoundId: 12, machineSoundText: 'Bye' },
    });
    expect(textBroadcastSettings({ id: 3, status: 'STOPPED', name: 'T', message: 'Hello' })).toEqual({
      name: 'T',
      message: 'Hello',
    });
  });

  it('names the copy within 200 characters', () => {
    expect(callAgainName('Spring')).toBe('Spring – again');
    expect(callAgainName('x'.repeat(200)).length).toBeLessThanOrEqual(200);
  });
});
