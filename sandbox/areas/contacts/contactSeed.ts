import type { SandboxContext } from '../../context';
import { insertContact, type ContactInput } from '../../db/contacts';
import { addContactListItems, insertContactList } from '../../db/contactLists';

const DAY = 24 * 60 * 60 * 1000;

// Fictional 555-01xx numbers, the range set aside for examples.
const DEMO_CONTACTS: [string, string, string, string, Record<string, string>?][] = [
  ['Alice', 'Moore', '90012', '12135550101', { segment: 'VIP', language: 'en' }],
  ['Bob', 'Smith', '90210', '13105550102', { segment: 'Retail' }],
  ['Carmen', 'Diaz', '94103', '14155550103', { segment: 'VIP', language: 'es' }],
  ['Dmitri', 'Ivanov', '10001', '12125550104'],
  ['Elena', 'Rossi', '60601', '13125550105', { segment: 'Retail', language: 'it' }],
  ['Farah', 'Khan', '77002', '17135550106', { segment: 'Wholesale' }],
  ['George', 'Baker', '98101', '12065550107'],
  ['Hannah', 'Lee', '02108', '16175550108', { segment: 'VIP' }],
  ['Ivan', 'Novak', '80202', '13035550109', { segment: 'Retail' }],
  ['Julia', 'Martins', '33101', '13055550110', { language: 'pt' }],
  ['Kenji', 'Tanaka', '96813', '18085550111', { segment: 'Wholesale', language: 'ja' }],
  ['Laura', 'Schmidt', '85004', '16025550112'],
  ['Mateo', 'Garcia', '92101', '16195550113', { segment: 'Retail', language: 'es' }],
  ['Nadia', 'Haddad', '48226', '13135550114', { segment: 'VIP' }],
  ['Oscar', 'Nilsson', '55401', '16125550115'],
  ['Priya', 'Patel', '75201', '12145550116', { segment: 'Wholesale' }],
  ['Quinn', 'Murphy', '97204', '15035550117'],
  ['Rosa', 'Delgado', '87102', '15055550118', { language: 'es' }],
  ['Samuel', 'Okafor', '30303', '14045550119', { segment: 'Retail' }],
  ['Tara', 'Walsh', '19103', '12155550120', { segment: 'VIP' }],
];

function seedDemo({ db, now }: SandboxContext) {
  const created = now() - 30 * DAY;
  const ids = DEMO_CONTACTS.map(([firstName, lastName, zipcode, homePhone, properties], index) => {
    const input: ContactInput = { fields: { firstName, lastName, zipcode, homePhone }, properties };
    // Every third contact also has a mobile number, so lists and searches meet more than one phone field.
    if (index % 3 === 0)
      input.fields.mobilePhone = `1${homePhone.slice(1, 4)}555${String(150 + index).padStart(4, '0')}`;
    return insertContact(db, input, created + index * 60_000);
  });
  const lists: [string, number[]][] = [
    ['VIP customers', ids.filter((_, index) => DEMO_CONTACTS[index][4]?.segment === 'VIP')],
    ['Spring newsletter', ids.slice(0, 12)],
    ['West coast', ids.filter((_, index) => /^1(213|310|415|206|619|503|808)/.test(DEMO_CONTACTS[index][3]))],
  ];
  lists.forEach(([name, members], index) => {
    const listId = insertContactList(db, name, 'ACTIVE', created + (index + 1) * DAY);
    addContactListItems(db, listId, members);
  });
}

/** `SANDBOX_CONTACTS`: how many extra contacts a new database gets, for load tests. */
export function loadContactCount(env: NodeJS.ProcessEnv = process.env): number {
  const count = Number(env.SANDBOX_CONTACTS ?? 0);
  if (!Number.isInteger(count) || count < 0) {
    throw new Error(`SANDBOX_CONTACTS must be a whole number of contacts, not "${env.SANDBOX_CONTACTS}"`);
  }
  return count;
}

/**
 * `count` generated contacts with distinct home numbers (and, for every other one, a mobile number
 * and a `tier` property), deterministic so benchmarks can aim at known numbers.
 */
export function seedLoadContacts({ db, now }: SandboxContext, count: number) {
  const created = now();
  for (let index = 0; index < count; index += 1) {
    insertContact(db, loadContact(index), created);
  }
}

export function loadContactNumber(index: number): string {
  const area = 200 + (index % 800);
  const exchange = 200 + (Math.floor(index / 800) % 800);
  return `1${area}${exchange}${String(index % 10000).padStart(4, '0')}`;
}

export function loadContact(index: number): ContactInput {
  const input: ContactInput = {
    fields: { firstName: `Load${index}`, lastName: 'Contact', homePhone: loadContactNumber(index) },
  };
  if (index % 2 === 0) {
    input.fields.mobilePhone = loadContactNumber(index + 1_000_000);
    input.properties = { tier: ['gold', 'silver', 'bronze'][index % 3] };
  }
  return input;
}

export function seedContacts(context: SandboxContext, kind: 'demo' | 'empty') {
  if (kind === 'demo') seedDemo(context);
  seedLoadContacts(context, loadContactCount());
}
