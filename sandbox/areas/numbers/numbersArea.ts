import type { SandboxArea, SandboxContext } from '../../context';
import { contactListExists } from '../../db/contactLists';
import {
  findKeywordLeases,
  isKeywordHeld,
  keywordLeaseMigrations,
  readKeywordLease,
  SHORT_CODE,
  updateKeywordLease,
} from '../../db/keywordLeases';
import {
  findNumberLeaseRows,
  heldNumbers,
  leaseState,
  numberLeaseMigrations,
  readNumberConfig,
  readNumberLeaseRow,
  saveNumberConfig,
  updateNumberLease,
  type FeatureStatus,
  type NumberLease,
  type NumberLeaseRow,
} from '../../db/numberLeases';
import { findOrders, numberOrderMigrations, readOrder } from '../../db/numberOrders';
import { badRequest, notFound } from '../../http/errors';
import { pageRequest } from '../../http/paging';
import { requireNumber } from '../../http/phone';
import { findLocalNumbers, findRegions, findTollFreeNumbers, nationalFormat, regionOfNumber } from './catalogue';
import { isReservedKeyword, requireKeyword } from './keywordRules';
import { checkedNumberConfig } from './numberConfig';
import { checkedPrefix, checkedTollFreePattern } from './searchInput';
import { seedNumbers } from './numbersSeed';
import { orderKeywords, orderNumbers } from './orders';

function toNumberLease(row: NumberLeaseRow, now: number): NumberLease {
  const autoRenew = row.auto_renew === 1;
  const { status, leaseEnd } = leaseState(row.lease_begin, row.lease_end, autoRenew, now);
  const labels = JSON.parse(row.labels) as string[];
  return {
    number: row.number,
    nationalFormat: nationalFormat(row.number),
    tollFree: row.toll_free === 1,
    region: row.toll_free === 1 ? undefined : regionOfNumber(row.number),
    leaseBegin: row.lease_begin,
    leaseEnd,
    autoRenew,
    status,
    callFeatureStatus: row.call_feature,
    textFeatureStatus: row.text_feature,
    labels: labels.length ? labels : undefined,
  };
}

/** The lease behind a path's number: 404 when the account never leased it. */
function requireLease({ db, now }: SandboxContext, value: string): NumberLease {
  const number = requireNumber(value, 'number');
  const row = readNumberLeaseRow(db, number);
  if (!row) throw notFound('Number lease', number);
  return toNumberLease(row, now());
}

/** A feature can be switched between DISABLED and ENABLED; UNSUPPORTED and PENDING stay as they are. */
function featureChange(
  current: FeatureStatus | undefined,
  wanted: FeatureStatus | undefined,
  field: string,
): FeatureStatus | undefined {
  if (wanted === undefined || wanted === current) return undefined;
  if (current === 'UNSUPPORTED') throw badRequest(`${field}: this number does not support the feature`);
  if (wanted !== 'ENABLED' && wanted !== 'DISABLED')
    throw badRequest(`${field} can only be set to ENABLED or DISABLED`);
  return wanted;
}

function requireKeywordLease({ db, now }: SandboxContext, value: string) {
  const keyword = requireKeyword(value, 'keyword');
  const lease = readKeywordLease(db, keyword, now());
  if (!lease) throw notFound('Keyword lease', keyword);
  return lease;
}

const isKeywordAvailable = ({ db, now }: SandboxContext, keyword: string) =>
  !isReservedKeyword(keyword) && !isKeywordHeld(db, keyword, now());

export const numbersArea: SandboxArea = {
  name: 'numbers',
  migrations: [...numberOrderMigrations, ...numberLeaseMigrations, ...keywordLeaseMigrations],
  handlers: {
    findNumberRegions: (request) => {
      const { limit, offset } = pageRequest(request.query);
      const regions = findRegions({ ...request.query, prefix: checkedPrefix(request.query.prefix, 'query.prefix') });
      return { items: regions.slice(offset, offset + limit), limit, offset, totalCount: regions.length };
    },
    findNumbersLocal: (request, _reply, { db, now }) => {
      const held = heldNumbers(db, now());
      const { limit = 100, ...filter } = request.query;
      const prefix = checkedPrefix(filter.prefix, 'query.prefix');
      return { items: findLocalNumbers({ ...filter, prefix }, limit, (number) => held.has(number)) };
    },
    findNumbersTollfree: (request, _reply, { db, now }) => {
      const held = heldNumbers(db, now());
      const { pattern, limit = 100 } = request.query;
      const checked = checkedTollFreePattern(pattern, 'query.pattern');
      return { items: findTollFreeNumbers(checked, limit, (number) => held.has(number)) };
    },
    findNumberLeases: (request, _reply, { db, now }) => {
      const { prefix, limit: _limit, offset: _offset, fields: _fields, ...filter } = request.query;
      return findNumberLeaseRows(
        db,
        { ...filter, prefix: checkedPrefix(prefix, 'query.prefix') },
        pageRequest(request.query),
        (row) => toNumberLease(row, now()),
      );
    },
    getNumberLease: (request, _reply, context) => requireLease(context, request.params.number),
    updateNumberLease: (request, _reply, context) => {
      const lease = requireLease(context, request.params.number);
      const { number, autoRenew, labels, callFeatureStatus, textFeatureStatus } = request.body;
      if (number !== undefined && requireNumber(number, 'body.number') !== lease.number)
        throw badRequest(`body.number (${number}) does not match the number in the path (${lease.number})`);
      if (lease.status === 'RELEASED') throw badRequest(`The lease of ${lease.number} was released; it cannot change`);
      updateNumberLease(context.db, lease.number!, {
        autoRenew,
        labels,
        callFeature: featureChange(lease.callFeatureStatus, callFeatureStatus, 'body.callFeatureStatus'),
        textFeature: featureChange(lease.textFeatureStatus, textFeatureStatus, 'body.textFeatureStatus'),
      });
    },
    findNumberLeaseConfigs: (request, _reply, { db }) => {
      const { prefix, limit: _limit, offset: _offset, fields: _fields, ...filter } = request.query;
      return findNumberLeaseRows(
        db,
        { ...filter, prefix: checkedPrefix(prefix, 'query.prefix') },
        pageRequest(request.query),
        (row) => readNumberConfig(db, row.number),
      );
    },
    getNumberLeaseConfig: (request, _reply, context) => {
      const lease = requireLease(context, request.params.number);
      return readNumberConfig(context.db, lease.number!);
    },
    updateNumberLeaseConfig: (request, _reply, context) => {
      const lease = requireLease(context, request.params.number);
      if (lease.status === 'RELEASED') throw badRequest(`The lease of ${lease.number} was released; it cannot change`);
      const { number } = request.body;
      if (number !== undefined && requireNumber(number, 'body.number') !== lease.number)
        throw badRequest(`body.number (${number}) does not match the number in the path (${lease.number})`);
      saveNumberConfig(context.db, lease.number!, checkedNumberConfig(context.db, request.body));
    },
    findKeywords: (request, _reply, context) => {
      const keywords = request.query.keywords.map((value, index) => requireKeyword(value, `query.keywords[${index}]`));
      return {
        items: [...new Set(keywords)]
          .filter((keyword) => isKeywordAvailable(context, keyword))
          .map((keyword) => ({ keyword, shortCode: SHORT_CODE })),
      };
    },
    isKeywordAvailable: (request, reply, context) => {
      const available = isKeywordAvailable(context, requireKeyword(request.params.keyword, 'keyword'));
      // A bare JSON boolean, as CallFire answers.
      return reply.type('application/json').send(JSON.stringify(available));
    },
    findKeywordLeases: (request, _reply, { db, now }) =>
      findKeywordLeases(
        db,
        { contains: request.query.filter, labelName: request.query.labelName },
        pageRequest(request.query),
        now(),
      ),
    getKeywordLease: (request, _reply, context) => requireKeywordLease(context, request.params.keyword),
    updateKeywordLease: (request, _reply, context) => {
      const lease = requireKeywordLease(context, request.params.keyword);
      const { keyword, autoRenew, contactListId, doubleOptInEnabled, optInConfirmationMessage, labels } = request.body;
      if (keyword !== undefined && keyword.toUpperCase() !== lease.keyword)
        throw badRequest(`body.keyword (${keyword}) does not match the keyword in the path (${lease.keyword})`);
      if (lease.status === 'RELEASED') throw badRequest(`The lease of ${lease.keyword} was released; it cannot change`);
      if (contactListId !== undefined && !contactListExists(context.db, contactListId))
        throw badRequest(`body.contactListId: contact list ${contactListId} not found`);
      updateKeywordLease(context.db, lease.keyword!, {
        autoRenew,
        contactListId,
        doubleOptInEnabled,
        optInConfirmationMessage,
        labels,
      });
    },
    findOrders: (request, _reply, { db, now }) => {
      const { status, intervalBegin, intervalEnd } = request.query;
      return findOrders(db, { statuses: status, intervalBegin, intervalEnd }, pageRequest(request.query), now());
    },
    orderNumbers: (request, reply, context) => {
      const id = orderNumbers(context, { ...request.body, prefix: checkedPrefix(request.body.prefix, 'body.prefix') });
      reply.code(201);
      return { id };
    },
    orderKeywords: (request, reply, context) => {
      const id = orderKeywords(context, request.body.keywords);
      reply.code(201);
      return { id };
    },
    getOrder: (request, _reply, { db, now }) => {
      const order = readOrder(db, request.params.id, now());
      if (!order) throw notFound('Order', request.params.id);
      return order;
    },
  },
  seed(context, kind) {
    if (kind === 'demo') seedNumbers(context);
  },
};
