import { badRequest } from '../../http/errors';
import type { SandboxArea } from '../../context';
import { accountMigrations, insertAccount, readAccount } from '../../db/account';
import { billingMigrations, creditUsage, planUsage } from '../../db/billing';
import { callerIdMigrations, insertCallerId, verifiedCallerIds } from '../../db/callerIds';

export const accountArea: SandboxArea = {
  name: 'account',
  migrations: [...accountMigrations, ...billingMigrations, ...callerIdMigrations],
  handlers: {
    getAccount: (_request, _reply, { db }) => readAccount(db),
    getBillingPlanUsage: (_request, _reply, { db, now }) => planUsage(db, now()),
    getCreditUsage: (request, _reply, { db, now }) => {
      const end = request.query.intervalEnd ?? now();
      const begin = request.query.intervalBegin ?? 0;
      if (begin > end) throw badRequest('intervalBegin must not be after intervalEnd');
      return creditUsage(db, begin, end);
    },
    getCallerIds: (_request, _reply, { db }) => ({
      items: verifiedCallerIds(db).map((phoneNumber) => ({ phoneNumber })),
    }),
  },
  seed({ db, now }, kind) {
    insertAccount(
      db,
      {
        id: 1001,
        email: 'operator@example.com',
        name: 'Sandbox Account',
        firstName: 'Sam',
        lastName: 'Operator',
        companyName: 'Example Outreach Co.',
        permissions: ['API', 'ACCOUNT_HOLDER'],
      },
      { planPerPeriod: 5000, payAsYouGo: 2500 },
    );
    if (kind === 'demo') {
      // Two numbers the account has verified, and one still waiting for its code (never listed).
      insertCallerId(db, '12135550111', true, now());
      insertCallerId(db, '13105550122', true, now());
      insertCallerId(db, '14155550133', false, now());
    }
  },
};
