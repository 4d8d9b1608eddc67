import type { DncSearch } from '../../api/resources/dnc';

/** The filters of the do-not-contact list, as they appear in the address bar. */
export const DNC_FILTERS = ['prefix', 'source', 'call', 'text', 'campaignId'] as const;
export type DncFilter = (typeof DNC_FILTERS)[number];

/** The digits of a prefix as typed (`(213) 55` → `21355`), or an error saying what is wrong. */
export function readPrefix(input: string): { prefix?: string; error?: string } {
  const trimmed = input.trim();
  if (!trimmed) return {};
  if (/[^\d\s()+.-]/.test(trimmed)) return { error: 'Digits only' };
  const digits = trimmed.replace(/\D/g, '');
  if (digits.length < 1 || digits.length > 10) return { error: 'Between 1 and 10 digits' };
  return { prefix: digits };
}

export function readCampaignId(input: string): { campaignId?: number; error?: string } {
  const trimmed = input.trim();
  if (!trimmed) return {};
  if (!/^[1-9]\d{0,15}$/.test(trimmed)) return { error: 'A campaign id is a whole number' };
  return { campaignId: Number(trimmed) };
}

/** The search for the filters in the URL; a filter whose value is invalid is left out, not sent. */
export function searchFromFilters(filters: Record<DncFilter, string>): DncSearch {
  const search: DncSearch = {};
  const { prefix } = readPrefix(filters.prefix);
  if (prefix) search.prefix = prefix;
  const source = filters.source.trim();
  if (source) search.source = source;
  if (filters.call === 'true') search.call = true;
  if (filters.text === 'true') search.text = true;
  const { campaignId } = readCampaignId(filters.campaignId);
  if (campaignId) search.campaignId = campaignId;
  return search;
}
