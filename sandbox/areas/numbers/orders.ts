import { NUMBER_PRICES } from '../../../shared/numberPrices';
import type { SandboxContext } from '../../context';
import { chargeCredits, planUsage } from '../../db/billing';
import { isKeywordHeld, insertKeywordLease } from '../../db/keywordLeases';
import { heldNumbers, insertNumberLease } from '../../db/numberLeases';
import { insertOrder, type NewOrderItem } from '../../db/numberOrders';
import { badRequest } from '../../http/errors';
import { requireNumber } from '../../http/phone';
import { catalogueNumber, findLocalNumbers, findTollFreeNumbers, regionOfNumber, type RegionFilter } from './catalogue';
import { isReservedKeyword, requireKeyword } from './keywordRules';

/** How long an order is PROCESSING, in simulated time (SANDBOX_SPEED makes it shorter in real time). */
const PROCESSING_MS = 5000;

export interface NumberPurchase extends RegionFilter {
  numbers?: string[];
  localCount?: number;
  tollFreeCount?: number;
}

function noDuplicates(values: string[], field: string) {
  const seen = new Set<string>();
  values.forEach((value, index) => {
    if (seen.has(value)) throw badRequest(`${field}[${index}]: ${value} is given twice`);
    seen.add(value);
  });
}

/** The numbers an order buys, checked: all for sale and free, or a 400 naming the first that is not. */
function numbersToBuy({ db, now }: SandboxContext, purchase: NumberPurchase): NewOrderItem[] {
  const held = heldNumbers(db, now());
  const isTaken = (number: string) => held.has(number);
  const item = (number: string, tollFree: boolean): NewOrderItem => {
    const kind = tollFree ? 'tollFreeNumbers' : 'localNumbers';
    return { kind, item: number, unitCost: NUMBER_PRICES[kind] };
  };
  const counted = purchase.localCount !== undefined || purchase.tollFreeCount !== undefined;
  if (purchase.numbers?.length) {
    if (counted) throw badRequest('body: give either numbers or localCount/tollFreeCount, not both');
    const numbers = purchase.numbers.map((value, index) => requireNumber(value, `body.numbers[${index}]`));
    noDuplicates(numbers, 'body.numbers');
    return numbers.map((number, index) => {
      const offered = catalogueNumber(number);
      if (!offered) throw badRequest(`body.numbers[${index}]: ${number} is not a number CallFire offers for sale`);
      if (isTaken(number)) throw badRequest(`body.numbers[${index}]: ${number} is not available; it is already leased`);
      return item(number, offered.tollFree === true);
    });
  }
  if (!counted) throw badRequest('body: give the numbers to buy, or localCount or tollFreeCount');
  const items: NewOrderItem[] = [];
  if (purchase.localCount !== undefined) {
    const found = findLocalNumbers(purchase, purchase.localCount, isTaken);
    if (found.length < purchase.localCount)
      throw badRequest(
        `body.localCount: only ${found.length} local numbers are available in that region, ${purchase.localCount} were asked for`,
      );
    items.push(...found.map((number) => item(number.number!, false)));
  }
  if (purchase.tollFreeCount !== undefined) {
    const found = findTollFreeNumbers(undefined, purchase.tollFreeCount, isTaken);
    if (found.length < purchase.tollFreeCount)
      throw badRequest(`body.tollFreeCount: only ${found.length} toll-free numbers are available`);
    items.push(...found.map((number) => item(number.number!, true)));
  }
  return items;
}

function keywordsToBuy({ db, now }: SandboxContext, given: string[]): NewOrderItem[] {
  const keywords = given.map((value, index) => requireKeyword(value, `body.keywords[${index}]`));
  noDuplicates(keywords, 'body.keywords');
  return keywords.map((keyword, index) => {
    if (isReservedKeyword(keyword) || isKeywordHeld(db, keyword, now()))
      throw badRequest(`body.keywords[${index}]: ${keyword} is not available`);
    return { kind: 'keywords', item: keyword, unitCost: NUMBER_PRICES.keywords };
  });
}

/**
 * Places an order in one transaction: the credits are charged, the order and its leases are
 * written, or nothing is (not enough credits is a 400). Leases begin when processing ends.
 */
function placeOrder(context: SandboxContext, items: NewOrderItem[]): number {
  const { db, now } = context;
  const created = now();
  const finishesAt = created + PROCESSING_MS;
  const total = items.reduce((sum, item) => sum + item.unitCost, 0);
  return db.transaction(() => {
    const available = planUsage(db, created).totalRemainingCredits ?? 0;
    if (available < total)
      throw badRequest(
        `Not enough credits: this order costs ${total} credits and the account has ${available} left. Nothing was bought.`,
      );
    const orderId = insertOrder(db, created, finishesAt, items);
    chargeCredits(db, created, 'purchase', items.length, total);
    for (const { kind, item } of items) {
      if (kind === 'keywords') insertKeywordLease(db, item, orderId, finishesAt);
      else
        insertNumberLease(db, {
          number: item,
          orderId,
          tollFree: kind === 'tollFreeNumbers',
          region: regionOfNumber(item),
          leaseBegin: finishesAt,
          callFeature: 'ENABLED',
          // Toll-free numbers cannot text (see the universal do-not-contact rules).
          textFeature: kind === 'tollFreeNumbers' ? 'UNSUPPORTED' : 'ENABLED',
        });
    }
    return orderId;
  })();
}

export const orderNumbers = (context: SandboxContext, purchase: NumberPurchase) =>
  placeOrder(context, numbersToBuy(context, purchase));

export const orderKeywords = (context: SandboxContext, keywords: string[]) =>
  placeOrder(context, keywordsToBuy(context, keywords));
