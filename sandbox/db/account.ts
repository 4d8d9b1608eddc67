import type { components } from '../../shared/schema';
import type { Db, Migration } from './database';

export type Account = components['schemas']['Account'];

export const accountMigrations: Migration[] = [
  {
    name: 'account-001-create',
    sql: `
      CREATE TABLE account (
        id INTEGER PRIMARY KEY,
        email TEXT NOT NULL,
        name TEXT NOT NULL,
        first_name TEXT,
        last_name TEXT,
        company_name TEXT,
        permissions TEXT NOT NULL,
        plan_credits_per_period REAL NOT NULL,
        pay_as_you_go_credits REAL NOT NULL
      );`,
  },
];

/** The one account a sandbox serves; created by the seed before anything else. */
export function insertAccount(
  db: Db,
  account: Required<Omit<Account, 'permissions'>> & { permissions: NonNullable<Account['permissions']> },
  credits: { planPerPeriod: number; payAsYouGo: number },
) {
  db.prepare(
    `INSERT INTO account (id, email, name, first_name, last_name, company_name, permissions,
       plan_credits_per_period, pay_as_you_go_credits)
     VALUES (@id, @email, @name, @firstName, @lastName, @companyName, @permissions, @plan, @payg)`,
  ).run({
    ...account,
    permissions: JSON.stringify(account.permissions),
    plan: credits.planPerPeriod,
    payg: credits.payAsYouGo,
  });
}

export function readAccount(db: Db): Account {
  const row = db.prepare('SELECT * FROM account LIMIT 1').get() as Record<string, string | number | null> | undefined;
  if (!row) throw new Error('The sandbox database has no account; it was not seeded');
  return {
    id: row.id as number,
    email: row.email as string,
    name: row.name as string,
    firstName: (row.first_name as string | null) ?? undefined,
    lastName: (row.last_name as string | null) ?? undefined,
    companyName: (row.company_name as string | null) ?? undefined,
    permissions: JSON.parse(row.permissions as string) as Account['permissions'],
  };
}
