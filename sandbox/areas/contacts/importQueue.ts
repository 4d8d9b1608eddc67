import type { Ticker } from '../../clock';
import type { SandboxContext } from '../../context';
import { insertContact } from '../../db/contacts';
import {
  addContactListItems,
  contactListExists,
  recordImportProgress,
  setContactListStatus,
} from '../../db/contactLists';
import type { Db } from '../../db/database';
import { csvRowToContact, isBlankRow, type CsvImportPlan } from './csvImport';

/** Rows imported per step; between steps the sandbox answers other requests (status polls included). */
const ROWS_PER_STEP = 2000;

interface ImportJob {
  listId: number;
  plan: CsvImportPlan;
  next: number;
}

/**
 * Imports uploaded CSV files in the background, one file at a time, a step of rows per tick of the
 * sandbox's clock (which runs it as soon as it can while it has work: the next turn of the event
 * loop in production, the next step of `advance` under test). Each step is one transaction: its
 * contacts, list items, rejections and progress counters land together. A list deleted mid-way
 * simply stops importing.
 */
class ContactImportQueue implements Ticker {
  private readonly jobs: ImportJob[] = [];

  constructor(private readonly context: SandboxContext) {}

  enqueue(listId: number, plan: CsvImportPlan) {
    this.jobs.push({ listId, plan, next: 0 });
  }

  stop() {
    this.jobs.length = 0;
  }

  nextDueIn() {
    return this.jobs.length > 0 ? 0 : undefined;
  }

  busy() {
    return this.jobs.length > 0;
  }

  tick() {
    const job = this.jobs[0];
    if (!job) return;
    const { db, now } = this.context;
    db.transaction(() => {
      if (!contactListExists(db, job.listId)) {
        this.jobs.shift();
        return;
      }
      const end = Math.min(job.next + ROWS_PER_STEP, job.plan.rows.length);
      const accepted: number[] = [];
      const rejections: { row: number; reason: string }[] = [];
      for (let index = job.next; index < end; index += 1) {
        if (isBlankRow(job.plan.rows[index]) && !job.plan.unreadable.has(index)) continue;
        const parsed = csvRowToContact(job.plan, index);
        // Row numbers count the header as row 1, as a spreadsheet shows them.
        if (parsed.ok) accepted.push(insertContact(db, parsed.input, now()));
        else rejections.push({ row: index + 2, reason: parsed.reason });
      }
      addContactListItems(db, job.listId, accepted);
      recordImportProgress(db, job.listId, { accepted: accepted.length, rejections });
      job.next = end;
      if (end === job.plan.rows.length) {
        setContactListStatus(db, job.listId, 'ACTIVE');
        this.jobs.shift();
      }
    })();
  }
}

const queues = new WeakMap<Db, ContactImportQueue>();

export function importQueueFor(context: SandboxContext): ContactImportQueue {
  let queue = queues.get(context.db);
  if (!queue) {
    queue = new ContactImportQueue(context);
    queues.set(context.db, queue);
  }
  return queue;
}
