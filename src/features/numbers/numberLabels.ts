import type { Schema } from '../../api/types';

/** What operators read for CallFire's lease, feature, configuration and order codes. */
export const LEASE_STATUS_LABELS: Record<Schema<'LeaseStatus'>, string> = {
  PENDING: 'Being set up',
  ACTIVE: 'Active',
  RELEASED: 'Released',
  UNAVAILABLE: 'Unavailable',
};

export const FEATURE_LABELS: Record<Schema<'FeatureStatus'>, string> = {
  UNSUPPORTED: 'Not supported',
  PENDING: 'Being enabled',
  DISABLED: 'Off',
  ENABLED: 'On',
};

export const CONFIG_TYPE_LABELS: Record<Schema<'NumberConfigType'>, string> = {
  IVR: 'IVR',
  TRACKING: 'Call tracking',
};

export const ORDER_STATUS_LABELS: Record<Schema<'NumberOrderStatus'>, string> = {
  NEW: 'New',
  PROCESSING: 'Processing',
  FINISHED: 'Finished',
  ERRORED: 'Failed',
  VOID: 'Cancelled',
  WAIT_FOR_PAYMENT: 'Waiting for payment',
  ADJUSTED: 'Adjusted',
  APPROVE_TIER_ONE: 'Awaiting approval',
  APPROVE_TIER_TWO: 'Awaiting second approval',
  REJECTED: 'Rejected',
  PAYMENT_ERROR: 'Payment failed',
  PARTIALLY_ADJUSTED: 'Partly adjusted',
};

export const ORDER_ITEM_LABELS = {
  localNumbers: { one: 'local number', many: 'local numbers' },
  tollFreeNumbers: { one: 'toll-free number', many: 'toll-free numbers' },
  keywords: { one: 'keyword', many: 'keywords' },
} as const;

/** "3 local numbers", "1 keyword". */
export function countOf(kind: keyof typeof ORDER_ITEM_LABELS, count: number): string {
  const label = ORDER_ITEM_LABELS[kind];
  return `${count.toLocaleString()} ${count === 1 ? label.one : label.many}`;
}

/** CallFire writes cities in capitals (SANTA MONICA); people read Santa Monica. */
export function cityName(city: string | undefined): string {
  return (city ?? '').toLowerCase().replace(/\b[a-z]/g, (letter) => letter.toUpperCase());
}

/** A region as a place: "Santa Monica, CA 90401". */
export function placeOf(region: Schema<'Region'> | undefined): string {
  if (!region?.city) return region?.state ?? '—';
  return `${cityName(region.city)}, ${region.state ?? ''}${region.zipcode ? ` ${region.zipcode}` : ''}`;
}
