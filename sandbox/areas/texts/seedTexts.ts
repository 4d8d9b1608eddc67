import type { SandboxConfig } from '../../config';
import type { SandboxContext } from '../../context';
import {
  campaignRow,
  insertCampaign,
  setCampaignStatus,
  splitBroadcast,
  type TextBroadcast,
} from '../../db/broadcasts';
import { insertAutoReply } from '../../db/textAutoReplies';
import { insertTexts, SHARED_SHORT_CODE } from '../../db/texts';
import { timeZoneOfNumber } from '../../simulator/recipients';
import { runSimulationUntil } from '../../simulator/runSimulationUntil';
import { addBatch } from '../broadcasts/addRecipients';

const DAY = 24 * 60 * 60 * 1000;
const OWN_NUMBER = '12135550111';

// The demo contacts' numbers (fictional 555-01xx) and first names, so history and conversations meet.
const PATIENTS: [string, string][] = [
  ['12135550101', 'Alice'],
  ['13105550102', 'Bob'],
  ['14155550103', 'Carmen'],
  ['12125550104', 'Dmitri'],
  ['13125550105', 'Elena'],
  ['17135550106', 'Farah'],
  ['12065550107', 'George'],
  ['16175550108', 'Hannah'],
  ['13035550109', 'Ivan'],
  ['13055550110', 'Julia'],
  ['18085550111', 'Kenji'],
  ['16025550112', 'Laura'],
];

const reminders: TextBroadcast = {
  name: 'Appointment reminders (text)',
  fromNumber: SHARED_SHORT_CODE,
  labels: ['reminders', 'clinic'],
  message: 'Hi ${first}, this is Example Clinic: your appointment is on ${day} at ${time}. Reply INFO for directions.',
};

const fluSeason: TextBroadcast = {
  name: 'Flu season update',
  fromNumber: OWN_NUMBER,
  labels: ['clinic'],
  bigMessageStrategy: 'SEND_MULTIPLE',
  maxActive: 5,
  localTimeRestriction: { enabled: true, beginHour: 9, beginMinute: 0, endHour: 20, endMinute: 0 },
  message:
    'Example Clinic: flu shots are now available without an appointment, Monday to Friday from 9am to 5pm and on ' +
    'Saturday mornings. Bring your insurance card; the shot is free for most plans. Reply STOP to opt out.',
};

const draft: TextBroadcast = {
  name: 'Holiday hours (text)',
  labels: ['notices'],
  message: 'Example Clinic closes at noon on Friday for the holiday. Happy holidays, ${first}!',
};

function createSeeded(
  context: SandboxContext,
  broadcast: TextBroadcast,
  recipients: TextBroadcast['recipients'],
  at: number,
) {
  const { name, fromNumber, labels, settings } = splitBroadcast(broadcast);
  const id = insertCampaign(context.db, 'text', { name, fromNumber, labels, settings }, at);
  addBatch(
    context.db,
    campaignRow(context.db, id)!,
    `${name} – list`,
    recipients ?? [],
    { field: 'recipients', strict: false, scrubDuplicates: true },
    at,
  );
  return id;
}

/**
 * Demo text broadcasts (finished, stopped halfway, in setup), auto-replies, and texts sent on their
 * own, dated last month so their charges leave this month's plan untouched. Recipients whose numbers
 * reply (see textOutcome) make conversations; an INFO reply meets the auto-reply.
 */
export function seedTexts(context: SandboxContext, kind: SandboxConfig['seed']) {
  if (kind !== 'demo') return;
  const { db } = context;
  const lastMonth = new Date(context.now());
  lastMonth.setUTCDate(1);
  lastMonth.setUTCMonth(lastMonth.getUTCMonth() - 1);
  const base = Date.UTC(lastMonth.getUTCFullYear(), lastMonth.getUTCMonth(), 12, 17);
  const statusOf = (id: number) => campaignRow(db, id)!.status;

  insertAutoReply(
    db,
    { number: SHARED_SHORT_CODE, match: 'info', message: 'Example Clinic is at 100 Main St. Parking is free.' },
    base - DAY,
  );
  insertAutoReply(
    db,
    { number: OWN_NUMBER, match: 'hours', message: 'We are open 9am to 5pm, Monday to Friday.' },
    base - DAY,
  );
  insertAutoReply(db, { keyword: 'FLU', message: 'Flu shots: walk in Monday to Friday, 9am to 5pm.' }, base - DAY);

  const finished = createSeeded(
    context,
    reminders,
    PATIENTS.map(([phoneNumber, first], index) => ({
      phoneNumber,
      attributes: { first, day: index % 2 ? 'Tuesday' : 'Monday', time: `${9 + (index % 7)}:30` },
    })),
    base,
  );
  setCampaignStatus(db, finished, 'RUNNING', base);
  runSimulationUntil(context, base, () => statusOf(finished) === 'FINISHED');

  const stopped = createSeeded(
    context,
    fluSeason,
    Array.from({ length: 24 }, (_, index) => ({ phoneNumber: `1312555${String(1140 + index * 7).padStart(4, '0')}` })),
    base + DAY,
  );
  setCampaignStatus(db, stopped, 'RUNNING', base + DAY);
  const halfway = () =>
    (db
      .prepare("SELECT COUNT(*) FROM texts WHERE campaign_id = ? AND state = 'FINISHED'")
      .pluck()
      .get(stopped) as number) >= 10;
  runSimulationUntil(context, base + DAY, halfway);
  setCampaignStatus(db, stopped, 'STOPPED', base + DAY + 600_000);

  createSeeded(
    context,
    draft,
    PATIENTS.slice(0, 5).map(([phoneNumber, first]) => ({ phoneNumber, attributes: { first } })),
    base + 2 * DAY,
  );

  // Two texts sent on their own (campaign 0).
  const adHoc = insertTexts(
    db,
    ['12065550142', '15125550177'].map((toNumber) => ({
      campaignId: 0,
      fromNumber: SHARED_SHORT_CODE,
      toNumber,
      state: 'READY' as const,
      timeZone: timeZoneOfNumber(toNumber),
      template: 'Your order has shipped and arrives tomorrow.',
      script: { source: 'sendTexts' as const },
    })),
    base + 3 * DAY,
  );
  runSimulationUntil(context, base + 3 * DAY, () =>
    adHoc.every((text) => db.prepare('SELECT state FROM texts WHERE id = ?').pluck().get(text.id) === 'FINISHED'),
  );
}
