import type { components } from '../../../shared/schema';
import { US_AREA_CODES } from '../../../shared/usAreaCodes';
import { citiesOf } from './usCities';

export type Region = components['schemas']['Region'];
export type AvailableNumber = components['schemas']['Number'];

/**
 * The sandbox's stock of numbers for sale, computed (never stored) so it is the same on every run:
 * every real US area code gets EXCHANGES_PER_AREA_CODE exchanges, each a region in one of its
 * state's cities, and each region offers NUMBERS_PER_REGION numbers. Toll-free numbers come from
 * the real toll-free codes. What the account leases is taken out by the caller (`isTaken`).
 */
const EXCHANGES_PER_AREA_CODE = 12;
const NUMBERS_PER_REGION = 40;
const NUMBERS_PER_TOLL_FREE_CODE = 200;
export const TOLL_FREE_CODES = ['800', '833', '844', '855', '866', '877', '888'] as const;

/** A well-spread 32-bit mix of an integer, so neighbouring area codes get unrelated exchanges. */
function mix(value: number): number {
  let x = Math.imul(value ^ (value >>> 16), 0x45d9f3b);
  x = Math.imul(x ^ (x >>> 16), 0x45d9f3b);
  return (x ^ (x >>> 16)) >>> 0;
}

/** Exchanges (the three digits after the area code) of an area code: 200-999, never N11 or 555. */
function exchangesOf(areaCode: string): string[] {
  const start = mix(Number(areaCode)) % 800;
  const exchanges: string[] = [];
  for (let step = 0; exchanges.length < EXCHANGES_PER_AREA_CODE; step += 1) {
    // 283 shares no factor with 800, so the walk visits every exchange before repeating.
    const exchange = 200 + ((start + step * 283) % 800);
    if (exchange % 100 !== 11 && exchange !== 555) exchanges.push(String(exchange));
  }
  return exchanges.sort();
}

const jitter = (seed: number) => ((mix(seed) % 2001) - 1000) / 20000;
const round4 = (value: number) => Math.round(value * 10000) / 10000;

function buildRegions(): Region[] {
  return US_AREA_CODES.flatMap(({ areaCode, state, timeZone }) => {
    const cities = citiesOf(state);
    // An area code serves one home city; every fourth exchange belongs to a neighbouring one.
    const home = mix(Number(areaCode)) % cities.length;
    return exchangesOf(areaCode).map((exchange, index) => {
      const prefix = `1${areaCode}${exchange}`;
      const seed = Number(prefix);
      const city = cities[(home + (index % 4 === 3 ? 1 : 0)) % cities.length];
      const name = city.name.toUpperCase();
      return {
        prefix,
        city: name,
        state,
        zipcode: city.zipcode,
        country: 'US',
        lata: String(100 + (mix(Number(areaCode) * 31 + cities.indexOf(city)) % 900)),
        rateCenter: name.slice(0, 10).trim(),
        latitude: round4(city.latitude + jitter(seed)),
        longitude: round4(city.longitude + jitter(seed + 1)),
        timeZone,
      };
    });
  });
}

let regions: Region[] | undefined;
let regionsByPrefix: Map<string, Region> | undefined;

/** Every region, ordered by prefix; built on first use. */
export function allRegions(): Region[] {
  regions ??= buildRegions();
  return regions;
}

function regionOfPrefix(prefix: string): Region | undefined {
  regionsByPrefix ??= new Map(allRegions().map((region) => [region.prefix!, region]));
  return regionsByPrefix.get(prefix);
}

/** A number prefix as CallFire reads it: without the leading 1 it starts at the area code. */
export const fullPrefix = (prefix: string) => (prefix.startsWith('1') ? prefix : `1${prefix}`);

export interface RegionFilter {
  prefix?: string;
  city?: string;
  cityPrefix?: string;
  state?: string;
  zipcode?: string;
  country?: string;
}

const sameText = (a: string | undefined, b: string) => a?.toLowerCase() === b.toLowerCase();

export function regionMatches(region: Region, filter: RegionFilter): boolean {
  if (filter.prefix && !region.prefix!.startsWith(fullPrefix(filter.prefix).slice(0, 7))) return false;
  if (filter.city && !sameText(region.city, filter.city)) return false;
  if (filter.cityPrefix && !region.city!.toLowerCase().startsWith(filter.cityPrefix.toLowerCase())) return false;
  if (filter.state && !sameText(region.state, filter.state)) return false;
  if (filter.zipcode && region.zipcode !== filter.zipcode) return false;
  if (filter.country && !sameText(region.country, filter.country)) return false;
  return true;
}

export function findRegions(filter: RegionFilter): Region[] {
  return allRegions().filter((region) => regionMatches(region, filter));
}

/** 415 555 0100 → (415) 555-0100. */
export function nationalFormat(number: string): string {
  return `(${number.slice(1, 4)}) ${number.slice(4, 7)}-${number.slice(7)}`;
}

/** The line numbers (last four digits) a region offers, in catalogue order. */
function regionLines(prefix: string): string[] {
  const start = mix(Number(prefix)) % 10000;
  // 7919 shares no factor with 10,000, so the lines are distinct.
  return Array.from({ length: NUMBERS_PER_REGION }, (_, index) =>
    String((start + index * 7919) % 10000).padStart(4, '0'),
  );
}

function tollFreeLines(code: string): string[] {
  const start = mix(Number(code) * 7) % 8_000_000;
  return Array.from({ length: NUMBERS_PER_TOLL_FREE_CODE }, (_, index) =>
    String(2_000_000 + ((start + index * 102_953) % 8_000_000)),
  );
}

const localNumber = (number: string, region: Region): AvailableNumber => ({
  number,
  nationalFormat: nationalFormat(number),
  tollFree: false,
  region,
});

const tollFreeNumber = (number: string): AvailableNumber => ({
  number,
  nationalFormat: nationalFormat(number),
  tollFree: true,
});

/** The catalogue entry of an 11-digit number, or undefined when the sandbox never sells it. */
export function catalogueNumber(number: string): AvailableNumber | undefined {
  const code = number.slice(1, 4);
  if ((TOLL_FREE_CODES as readonly string[]).includes(code))
    return tollFreeLines(code).includes(number.slice(4)) ? tollFreeNumber(number) : undefined;
  const region = regionOfPrefix(number.slice(0, 7));
  return region && regionLines(region.prefix!).includes(number.slice(7)) ? localNumber(number, region) : undefined;
}

/** The region of a number the catalogue knows, for a lease's details. */
export const regionOfNumber = (number: string) => regionOfPrefix(number.slice(0, 7));

/** Local numbers for sale in the regions the filter selects, region by region, up to `limit`. */
export function findLocalNumbers(
  filter: RegionFilter,
  limit: number,
  isTaken: (number: string) => boolean,
): AvailableNumber[] {
  const wanted = filter.prefix ? fullPrefix(filter.prefix) : '1';
  const found: AvailableNumber[] = [];
  for (const region of findRegions(filter)) {
    for (const line of regionLines(region.prefix!)) {
      const number = `${region.prefix}${line}`;
      if (!number.startsWith(wanted) || isTaken(number)) continue;
      found.push(localNumber(number, region));
      if (found.length === limit) return found;
    }
  }
  return found;
}

/** Whether a toll-free code matches a pattern such as `8**` or `88*` (each `*` is any digit). */
export function matchesTollFreePattern(code: string, pattern: string | undefined): boolean {
  return pattern === undefined || [...pattern].every((char, index) => char === '*' || char === code[index]);
}

export function findTollFreeNumbers(
  pattern: string | undefined,
  limit: number,
  isTaken: (number: string) => boolean,
): AvailableNumber[] {
  const found: AvailableNumber[] = [];
  for (const code of TOLL_FREE_CODES) {
    if (!matchesTollFreePattern(code, pattern)) continue;
    for (const line of tollFreeLines(code)) {
      const number = `1${code}${line}`;
      if (isTaken(number)) continue;
      found.push(tollFreeNumber(number));
      if (found.length === limit) return found;
    }
  }
  return found;
}
