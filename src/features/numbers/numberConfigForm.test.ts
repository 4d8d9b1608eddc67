import { describe, expect, it } from 'vitest';
import type { NumberConfig } from '../../api/resources/numbers';
import { configFormValues, configOf, numberConfigSchema } from './numberConfigForm';

describe('the number configuration form', () => {
  it('round-trips a call-tracking configuration with every field', () => {
    const config: NumberConfig = {
      number: '13105550100',
      configType: 'TRACKING',
      callTrackingConfig: {
        transferNumbers: ['12135550111', '13105550122'],
        recorded: true,
        screen: true,
        voicemail: true,
        introSoundId: 3,
        whisperSoundId: 4,
        voicemailSoundId: 5,
        failedTransferSoundId: 6,
        weeklySchedule: {
          daysOfWeek: ['MONDAY', 'FRIDAY'],
          startTimeOfDay: { hour: 8, minute: 30, second: 0 },
          stopTimeOfDay: { hour: 18, minute: 0, second: 0 },
          timeZone: 'America/Chicago',
        },
        googleAnalytics: { domain: 'example.com', googleAccountId: 'UA-1-2', category: 'Sales' },
      },
      textInboundConfig: { forwardEnabled: true, forwardNumber: '12135550199' },
    };
    const values = configFormValues(config);
    expect(numberConfigSchema.safeParse(values).success).toBe(true);
    const { number: _number, ...sent } = config;
    expect(configOf(values, config)).toEqual(sent);
  });

  it('sends only the IVR when the type is IVR, and keeps the text settings', () => {
    const values = { ...configFormValues(undefined), configType: 'IVR' as const, dialplanXml: '<dialplan/>' };
    expect(configOf(values, { textInboundConfig: { forwardEnabled: false } })).toEqual({
      configType: 'IVR',
      ivrInboundConfig: { dialplanXml: '<dialplan/>' },
      textInboundConfig: { forwardEnabled: false },
    });
  });

  it('asks for a transfer number unless voicemail takes the calls, and for a sane schedule', () => {
    const values = { ...configFormValues(undefined), scheduleEnabled: true, startTime: '18:00', stopTime: '09:00' };
    const result = numberConfigSchema.safeParse(values);
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((issue) => issue.path.join('.'));
    expect(paths).toEqual(['transferNumbers', 'stopTime']);
    expect(numberConfigSchema.safeParse({ ...values, voicemail: true, stopTime: '19:00' }).success).toBe(true);
    expect(
      numberConfigSchema.safeParse({ ...values, transferNumbers: '213 555 01', voicemail: true, stopTime: '19:00' })
        .success,
    ).toBe(false);
  });
});
