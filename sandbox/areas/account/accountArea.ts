import type { SandboxArea } from '../../context';
import { accountMigrations, insertAccount, readAccount } from '../../db/account';
import { apiCredentialMigrations } from '../../db/apiCredentials';
import { billingMigrations, creditUsage, planUsage } from '../../db/billing';
import { callerIdMigrations, insertCallerId } from '../../db/callerIds';
import { badRequest } from '../../http/errors';
import { apiCredentialHandlers } from './apiCredentialHandlers';
import { callerIdHandlers } from './callerIdHandlers';

export const accountArea: SandboxArea = {
  name: 'account',
  migrations: [...accountMigrations, ...billingMigrations, ...callerIdMigrations, ...apiCredentialMigrations],
  handlers: {
    getAccount: (_request, _reply, { db }) => readAccount(db),
    getBillingPlanUsage: (_request, _reply, { db, now }) => planUsage(db, now()),
    getCreditUsage: (request, _reply, { db, now }) => {
      const end = request.query.intervalEnd ?? now();
      const begin = request.query.intervalBegin ?? 0;
      if (begin > end) throw badRequest('intervalBegin must not be after intervalEnd');
      return creditUsage(db, begin, end);
    },
    ...callerIdHandlers,
    ...apiCredentialHandlers,
  },
  seed({ db, now, config }, kind) {
    const { credits, ...account } = config.profile;
    insertAccount(db, account, credits);
    if (kind === 'demo') {
      // Two numbers the account has verified, and one still waiting for its code (never listed).
      insertCallerId(db, '12135550111', true, now());
      insertCallerId(db, '13105550122', true, now());
      insertCallerId(db, '14155550133', false, now());
    }
  },
};
