import type { SandboxContext } from '../../context';
import type { SandboxConfig } from '../../config';
import {
  campaignRow,
  insertCampaign,
  setCampaignStatus,
  splitBroadcast,
  type CallBroadcast,
} from '../../db/broadcasts';
import { insertCalls } from '../../db/calls';
import { timeZoneOfNumber } from '../../simulator/recipients';
import { addBatch } from './addRecipients';
import { runSimulationUntil } from '../../simulator/runSimulationUntil';

const DAY = 24 * 60 * 60 * 1000;
const CALLER_ID = '12135550111';

/** `count` numbers in one exchange, spread (step 37) so every last-two-digit outcome of the simulator shows up. */
const numbers = (prefix: string, count: number, from = 0) =>
  Array.from({ length: count }, (_, index) => ({
    phoneNumber: `${prefix}${String((from + index * 37) % 10000).padStart(4, '0')}`,
  }));

const reminder: CallBroadcast = {
  name: 'Spring appointment reminders',
  fromNumber: CALLER_ID,
  labels: ['reminders', 'clinic'],
  answeringMachineConfig: 'AM_AND_LIVE',
  maxActive: 10,
  sounds: {
    liveSoundText: 'Hello, this is Example Clinic reminding you of your appointment tomorrow. Press 1 to talk to us.',
    liveSoundTextVoice: 'FEMALE1',
    machineSoundText:
      'Hello, this is Example Clinic with a reminder of your appointment tomorrow. Please call us back.',
    machineSoundTextVoice: 'FEMALE1',
    transferDigit: '1',
    transferNumber: '12135550199',
  },
  retryConfig: { maxAttempts: 2, minutesBetweenAttempts: 30, retryResults: ['BUSY', 'NO_ANS'] },
};

const survey: CallBroadcast = {
  name: 'Customer satisfaction survey',
  fromNumber: CALLER_ID,
  labels: ['survey'],
  maxActive: 5,
  dialplanXml: `<dialplan name="Survey">
  <play type="tts" voice="female1">Thanks for being a customer. After the tone, tell us how we did.</play>
  <record name="feedback" varname="feedback"/>
  <hangup/>
</dialplan>`,
};

const outreach: CallBroadcast = {
  name: 'Flu clinic outreach',
  fromNumber: '13105550122',
  labels: ['clinic'],
  maxActive: 5,
  localTimeRestriction: { enabled: true, beginHour: 9, beginMinute: 0, endHour: 20, endMinute: 0 },
  sounds: { liveSoundText: 'Flu shots are available this week at Example Clinic.', liveSoundTextVoice: 'MALE1' },
};

const draft: CallBroadcast = {
  name: 'Holiday opening hours',
  fromNumber: CALLER_ID,
  labels: ['notices'],
  sounds: { liveSoundText: 'Our offices close at noon on Friday for the holiday.', liveSoundTextVoice: 'FEMALE2' },
};

function createSeeded(
  context: SandboxContext,
  broadcast: CallBroadcast,
  recipients: { phoneNumber: string }[],
  at: number,
) {
  const { name, fromNumber, labels, settings } = splitBroadcast(broadcast);
  const id = insertCampaign(context.db, 'call', { name, fromNumber, labels, settings }, at);
  addBatch(
    context.db,
    campaignRow(context.db, id)!,
    `${name} – list`,
    recipients,
    {
      field: 'recipients',
      strict: false,
      scrubDuplicates: true,
    },
    at,
  );
  return id;
}

/** Demo broadcasts in several states, dated last month so their charges leave this month's plan untouched. */
export function seedBroadcasts(context: SandboxContext, kind: SandboxConfig['seed']) {
  if (kind !== 'demo') return;
  const { db } = context;
  const lastMonth = new Date(context.now());
  lastMonth.setUTCDate(1);
  lastMonth.setUTCMonth(lastMonth.getUTCMonth() - 1);
  const base = Date.UTC(lastMonth.getUTCFullYear(), lastMonth.getUTCMonth(), 10, 16);
  const statusOf = (id: number) => campaignRow(db, id)!.status;

  const finished = createSeeded(context, reminder, numbers('1213555', 40), base);
  setCampaignStatus(db, finished, 'RUNNING', base);
  runSimulationUntil(context, base, () => statusOf(finished) === 'FINISHED');

  const surveyed = createSeeded(context, survey, numbers('1415555', 12, 20), base + DAY);
  setCampaignStatus(db, surveyed, 'RUNNING', base + DAY);
  runSimulationUntil(context, base + DAY, () => statusOf(surveyed) === 'FINISHED');

  const stopped = createSeeded(context, outreach, numbers('1312555', 30, 40), base + 2 * DAY);
  setCampaignStatus(db, stopped, 'RUNNING', base + 2 * DAY);
  const halfway = () =>
    (db
      .prepare("SELECT COUNT(*) FROM calls WHERE campaign_id = ? AND state = 'FINISHED'")
      .pluck()
      .get(stopped) as number) >= 12;
  runSimulationUntil(context, base + 2 * DAY, halfway);
  setCampaignStatus(db, stopped, 'STOPPED', base + 2 * DAY + 600_000);

  createSeeded(context, draft, numbers('1646555', 8, 10), base + 3 * DAY);
  const archived = createSeeded(
    context,
    { ...draft, name: 'Winter promotion (old)', labels: ['promo'] },
    numbers('1702555', 5),
    base - 20 * DAY,
  );
  setCampaignStatus(db, archived, 'ARCHIVED', base - 10 * DAY);

  // Two calls sent one by one (campaign 0), already played out.
  const adHoc = insertCalls(
    db,
    ['12065550142', '15125550177'].map((toNumber) => ({
      campaignId: 0,
      fromNumber: CALLER_ID,
      toNumber,
      state: 'READY' as const,
      timeZone: timeZoneOfNumber(toNumber),
      script: { liveMessage: 'Your order has shipped.', voice: 'MALE1' as const },
    })),
    base + 4 * DAY,
  );
  runSimulationUntil(context, base + 4 * DAY, () =>
    adHoc.every((id) => db.prepare('SELECT state FROM calls WHERE id = ?').pluck().get(id) === 'FINISHED'),
  );
}
