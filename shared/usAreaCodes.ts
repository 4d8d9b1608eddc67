/**
 * Where North American numbers ring: the US state (two-letter code) of each geographic area code,
 * and the time zone most of it lies in. The console maps calls by state with it; the sandbox uses
 * the zone to apply a broadcast's local time restriction. Area codes that span two zones are given
 * the zone most of their numbers are in.
 */
const STATES: Record<string, { name: string; zone: string; codes: number[] }> = {
  AL: { name: 'Alabama', zone: 'America/Chicago', codes: [205, 251, 256, 334, 659, 938] },
  AK: { name: 'Alaska', zone: 'America/Anchorage', codes: [907] },
  AZ: { name: 'Arizona', zone: 'America/Phoenix', codes: [480, 520, 602, 623, 928] },
  AR: { name: 'Arkansas', zone: 'America/Chicago', codes: [479, 501, 870] },
  CA: {
    name: 'California',
    zone: 'America/Los_Angeles',
    codes: [
      209, 213, 279, 310, 323, 341, 350, 408, 415, 424, 442, 510, 530, 559, 562, 619, 626, 628, 650, 657, 661, 669, 707,
      714, 747, 760, 805, 818, 820, 831, 840, 858, 909, 916, 925, 949, 951,
    ],
  },
  CO: { name: 'Colorado', zone: 'America/Denver', codes: [303, 719, 720, 970, 983] },
  CT: { name: 'Connecticut', zone: 'America/New_York', codes: [203, 475, 860, 959] },
  DE: { name: 'Delaware', zone: 'America/New_York', codes: [302] },
  DC: { name: 'District of Columbia', zone: 'America/New_York', codes: [202, 771] },
  FL: {
    name: 'Florida',
    zone: 'America/New_York',
    codes: [
      239, 305, 321, 324, 352, 386, 407, 448, 561, 645, 656, 689, 727, 728, 754, 772, 786, 813, 850, 863, 904, 941, 954,
    ],
  },
  GA: { name: 'Georgia', zone: 'America/New_York', codes: [229, 404, 470, 478, 678, 706, 762, 770, 912, 943] },
  HI: { name: 'Hawaii', zone: 'Pacific/Honolulu', codes: [808] },
  ID: { name: 'Idaho', zone: 'America/Boise', codes: [208, 986] },
  IL: {
    name: 'Illinois',
    zone: 'America/Chicago',
    codes: [217, 224, 309, 312, 331, 447, 464, 618, 630, 708, 730, 773, 779, 815, 847, 861, 872],
  },
  IN: { name: 'Indiana', zone: 'America/Indiana/Indianapolis', codes: [219, 260, 317, 463, 574, 765, 812, 930] },
  IA: { name: 'Iowa', zone: 'America/Chicago', codes: [319, 515, 563, 641, 712] },
  KS: { name: 'Kansas', zone: 'America/Chicago', codes: [316, 620, 785, 913] },
  KY: { name: 'Kentucky', zone: 'America/New_York', codes: [270, 364, 502, 606, 859] },
  LA: { name: 'Louisiana', zone: 'America/Chicago', codes: [225, 318, 337, 504, 985] },
  ME: { name: 'Maine', zone: 'America/New_York', codes: [207] },
  MD: { name: 'Maryland', zone: 'America/New_York', codes: [227, 240, 301, 410, 443, 667] },
  MA: { name: 'Massachusetts', zone: 'America/New_York', codes: [339, 351, 413, 508, 617, 774, 781, 857, 978] },
  MI: {
    name: 'Michigan',
    zone: 'America/Detroit',
    codes: [231, 248, 269, 313, 517, 586, 616, 679, 734, 810, 906, 947, 989],
  },
  MN: { name: 'Minnesota', zone: 'America/Chicago', codes: [218, 320, 507, 612, 651, 763, 952] },
  MS: { name: 'Mississippi', zone: 'America/Chicago', codes: [228, 601, 662, 769] },
  MO: { name: 'Missouri', zone: 'America/Chicago', codes: [314, 417, 557, 573, 636, 660, 816, 975] },
  MT: { name: 'Montana', zone: 'America/Denver', codes: [406] },
  NE: { name: 'Nebraska', zone: 'America/Chicago', codes: [308, 402, 531] },
  NV: { name: 'Nevada', zone: 'America/Los_Angeles', codes: [702, 725, 775] },
  NH: { name: 'New Hampshire', zone: 'America/New_York', codes: [603] },
  NJ: { name: 'New Jersey', zone: 'America/New_York', codes: [201, 551, 609, 640, 732, 848, 856, 862, 908, 973] },
  NM: { name: 'New Mexico', zone: 'America/Denver', codes: [505, 575] },
  NY: {
    name: 'New York',
    zone: 'America/New_York',
    codes: [212, 315, 329, 332, 347, 363, 516, 518, 585, 607, 631, 646, 680, 716, 718, 838, 845, 914, 917, 929, 934],
  },
  NC: { name: 'North Carolina', zone: 'America/New_York', codes: [252, 336, 472, 704, 743, 828, 910, 919, 980, 984] },
  ND: { name: 'North Dakota', zone: 'America/Chicago', codes: [701] },
  OH: {
    name: 'Ohio',
    zone: 'America/New_York',
    codes: [216, 220, 234, 283, 326, 330, 380, 419, 436, 440, 513, 567, 614, 740, 937],
  },
  OK: { name: 'Oklahoma', zone: 'America/Chicago', codes: [405, 539, 572, 580, 918] },
  OR: { name: 'Oregon', zone: 'America/Los_Angeles', codes: [458, 503, 541, 971] },
  PA: {
    name: 'Pennsylvania',
    zone: 'America/New_York',
    codes: [215, 223, 267, 272, 412, 445, 484, 570, 582, 610, 717, 724, 814, 835, 878],
  },
  RI: { name: 'Rhode Island', zone: 'America/New_York', codes: [401] },
  SC: { name: 'South Carolina', zone: 'America/New_York', codes: [803, 821, 839, 843, 854, 864] },
  SD: { name: 'South Dakota', zone: 'America/Chicago', codes: [605] },
  TN: { name: 'Tennessee', zone: 'America/Chicago', codes: [423, 615, 629, 731, 865, 901, 931] },
  TX: {
    name: 'Texas',
    zone: 'America/Chicago',
    codes: [
      210, 214, 254, 281, 325, 346, 361, 409, 430, 432, 469, 512, 682, 713, 726, 737, 806, 817, 830, 832, 903, 915, 936,
      940, 945, 956, 972, 979,
    ],
  },
  UT: { name: 'Utah', zone: 'America/Denver', codes: [385, 435, 801] },
  VT: { name: 'Vermont', zone: 'America/New_York', codes: [802] },
  VA: { name: 'Virginia', zone: 'America/New_York', codes: [276, 434, 540, 571, 686, 703, 757, 804, 826, 948] },
  WA: { name: 'Washington', zone: 'America/Los_Angeles', codes: [206, 253, 360, 425, 509, 564] },
  WV: { name: 'West Virginia', zone: 'America/New_York', codes: [304, 681] },
  WI: { name: 'Wisconsin', zone: 'America/Chicago', codes: [262, 274, 414, 534, 608, 715, 920] },
  WY: { name: 'Wyoming', zone: 'America/Denver', codes: [307] },
};

/** Area codes whose numbers are mostly in another zone than the rest of their state. */
const ZONE_EXCEPTIONS: Record<number, string> = {
  850: 'America/Chicago', // Florida panhandle
  270: 'America/Chicago', // western Kentucky
  364: 'America/Chicago',
  423: 'America/New_York', // eastern Tennessee
  865: 'America/New_York',
  915: 'America/Denver', // El Paso
  219: 'America/Chicago', // north-west Indiana
  906: 'America/Detroit',
  308: 'America/Chicago',
  541: 'America/Los_Angeles',
};

export interface AreaCodePlace {
  state: string;
  stateName: string;
  timeZone: string;
}

const PLACES = new Map<string, AreaCodePlace>(
  Object.entries(STATES).flatMap(([state, { name, zone, codes }]) =>
    codes.map((code) => [String(code), { state, stateName: name, timeZone: ZONE_EXCEPTIONS[code] ?? zone }] as const),
  ),
);

/** The place of an 11-digit (1 + 10) or 10-digit North American number; undefined when not a known US area code. */
export function placeOfNumber(number: string): AreaCodePlace | undefined {
  const national = number.length === 11 && number.startsWith('1') ? number.slice(1) : number;
  if (national.length !== 10) return undefined;
  return PLACES.get(national.slice(0, 3));
}

/** Every state with its name, for legends and tables. */
export const US_STATES: ReadonlyArray<{ code: string; name: string }> = Object.entries(STATES).map(
  ([code, { name }]) => ({ code, name }),
);

/** Every time zone an area code can be in. */
export const US_TIME_ZONES: readonly string[] = [...new Set([...PLACES.values()].map((place) => place.timeZone))];

/** Every geographic area code with its place, in area-code order; the sandbox's number catalogue is built on it. */
export const US_AREA_CODES: ReadonlyArray<AreaCodePlace & { areaCode: string }> = [...PLACES.entries()]
  .map(([areaCode, place]) => ({ areaCode, ...place }))
  .sort((a, b) => a.areaCode.localeCompare(b.areaCode));
