import type { SandboxContext } from '../../context';
import { upsertDoNotContacts } from '../../db/dnc';

const DAY = 24 * 60 * 60 * 1000;

/**
 * Demo entries from two sources: an imported opt-out list (calls and texts, a few inbound blocks)
 * and numbers added one by one through the API (some for texts only).
 */
export function seedDoNotContacts({ db, now }: SandboxContext) {
  const start = now() - 45 * DAY;
  for (let index = 0; index < 24; index += 1) {
    upsertDoNotContacts(
      db,
      {
        numbers: [`1310555${String(200 + index * 7).padStart(4, '0')}`],
        call: true,
        text: index % 5 !== 0,
        inboundCall: index % 8 === 0,
        inboundText: index % 8 === 0,
        source: 'Spring opt-out import',
      },
      start + index * 3600_000,
    );
  }
  for (let index = 0; index < 12; index += 1) {
    upsertDoNotContacts(
      db,
      { numbers: [`1415555${String(300 + index * 11).padStart(4, '0')}`], call: index % 3 !== 0, text: true },
      start + 20 * DAY + index * DAY,
    );
  }
}
