import { describe, expect, it } from 'vitest';
import { readCampaignId, readPrefix, searchFromFilters } from './dncSearch';

const noFilters = { prefix: '', source: '', call: '', text: '', campaignId: '' };

describe('do-not-contact filters', () => {
  it.each([
    ['213', { prefix: '213' }],
    ['(213) 55', { prefix: '21355' }],
    ['', {}],
    ['21a', { error: 'Digits only' }],
    ['12345678901', { error: 'Between 1 and 10 digits' }],
  ])('reads the prefix %j', (input, expected) => {
    expect(readPrefix(input)).toEqual(expected);
  });

  it.each([
    ['42', { campaignId: 42 }],
    ['', {}],
    ['4.2', { error: expect.any(String) }],
    ['0', { error: expect.any(String) }],
  ])('reads the campaign id %j', (input, expected) => {
    expect(readCampaignId(input)).toEqual(expected);
  });

  it('turns URL filters into a search, leaving out empty and invalid ones', () => {
    expect(searchFromFilters({ prefix: '310', source: ' Imports ', call: 'true', text: '', campaignId: 'x' })).toEqual({
      prefix: '310',
      source: 'Imports',
      call: true,
    });
    expect(searchFromFilters({ ...noFilters, text: 'true', campaignId: '7' })).toEqual({ text: true, campaignId: 7 });
    expect(searchFromFilters(noFilters)).toEqual({});
  });
});
