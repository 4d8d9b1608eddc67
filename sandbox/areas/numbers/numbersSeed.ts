import type { SandboxContext } from '../../context';
import { billingPeriod } from '../../db/billing';
import { saveNumberConfig, updateNumberLease } from '../../db/numberLeases';
import { updateKeywordLease } from '../../db/keywordLeases';
import { readOrder } from '../../db/numberOrders';
import { orderKeywords, orderNumbers } from './orders';

const DAY = 24 * 60 * 60 * 1000;

const SUPPORT_LINE_DIALPLAN = `<dialplan name="Support line">
  <menu maxDigits="1" timeout="5000">
    <play type="tts" voice="FEMALE1">Thanks for calling. Press 1 for opening hours, or 2 to leave a message.</play>
    <keypress pressed="1">
      <play type="tts" voice="FEMALE1">We are open Monday to Friday, nine to five.</play>
    </keypress>
    <keypress pressed="2">
      <play type="tts" voice="FEMALE1">Leave your message after the tone.</play>
      <record name="message" varname="message"/>
    </keypress>
  </menu>
  <hangup/>
</dialplan>`;

/**
 * Demo numbers, bought through the same ordering code last month (so this month's plan credits are
 * untouched): three local numbers (one an IVR, one a call-tracking line), an Austin pair and a
 * toll-free number, and two keywords.
 */
export function seedNumbers(context: SandboxContext) {
  const { db } = context;
  const lastMonth = billingPeriod(context.now()).start;
  const at = (daysBefore: number): SandboxContext => ({ ...context, now: () => lastMonth - daysBefore * DAY });

  const ivrOrder = orderNumbers(at(20), { localCount: 1, prefix: '1213' });
  const trackingOrder = orderNumbers(at(20), { localCount: 1, prefix: '1310' });
  const newYorkOrder = orderNumbers(at(18), { localCount: 1, prefix: '1212' });
  orderNumbers(at(12), { localCount: 2, prefix: '1512', tollFreeCount: 1 });
  orderKeywords(at(10), ['SANDBOX', 'COFFEE']);

  const boughtBy = (orderId: number) => readOrder(db, orderId, context.now())!.localNumbers!.fulfilled![0];
  const ivrNumber = boughtBy(ivrOrder);
  saveNumberConfig(db, ivrNumber, { configType: 'IVR', ivrInboundConfig: { dialplanXml: SUPPORT_LINE_DIALPLAN } });
  updateNumberLease(db, ivrNumber, { labels: ['support'] });

  const trackingNumber = boughtBy(trackingOrder);
  saveNumberConfig(db, trackingNumber, {
    configType: 'TRACKING',
    callTrackingConfig: {
      transferNumbers: ['12135550111', '13105550122'],
      recorded: true,
      screen: false,
      voicemail: true,
      weeklySchedule: {
        daysOfWeek: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'],
        startTimeOfDay: { hour: 9, minute: 0 },
        stopTimeOfDay: { hour: 17, minute: 0 },
        timeZone: 'America/Los_Angeles',
      },
      googleAnalytics: { domain: 'example.com', googleAccountId: 'UA-12345-2', category: 'Billboard' },
    },
  });
  updateNumberLease(db, trackingNumber, { labels: ['billboard'] });

  const newYork = boughtBy(newYorkOrder);
  updateNumberLease(db, newYork, { autoRenew: false, textFeature: 'DISABLED' });
  updateKeywordLease(db, 'COFFEE', { autoRenew: false });
}
