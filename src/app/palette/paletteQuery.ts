import { normalizePhone } from '../../lib/phone';
import { navigation } from '../navigation';

/** A place the palette can go to: a page, or the page where a common action is done. */
export interface PaletteDestination {
  label: string;
  path: string;
  kind: 'page' | 'action';
}

const PAGES: PaletteDestination[] = [
  ...navigation.map(({ label, path }) => ({ label, path, kind: 'page' as const })),
  { label: 'Text broadcasts', path: '/broadcasts/text', kind: 'page' },
  { label: 'Contact lists', path: '/contacts/lists', kind: 'page' },
  { label: 'Text conversations', path: '/texts/conversations', kind: 'page' },
  { label: 'Auto-replies', path: '/texts/auto-replies', kind: 'page' },
  { label: 'Media files', path: '/sounds/media', kind: 'page' },
  { label: 'Check a number against do-not-contact', path: '/dnc/check', kind: 'page' },
  { label: 'API credentials', path: '/account/credentials', kind: 'page' },
  { label: 'Billing', path: '/account/billing', kind: 'page' },
  { label: 'Caller ids', path: '/account/caller-ids', kind: 'page' },
  { label: 'Review call recordings', path: '/calls/review', kind: 'page' },
];

const ACTIONS: PaletteDestination[] = [
  { label: 'New voice broadcast', path: '/broadcasts/voice/new', kind: 'action' },
  { label: 'New text broadcast', path: '/broadcasts/text/new', kind: 'action' },
  { label: 'Send calls', path: '/calls/send', kind: 'action' },
  { label: 'Send texts', path: '/texts/send', kind: 'action' },
  { label: 'Add numbers to do-not-contact', path: '/dnc/add', kind: 'action' },
  { label: 'New contact', path: '/contacts/new', kind: 'action' },
  { label: 'Import a contact list', path: '/contacts/lists/import', kind: 'action' },
  { label: 'Add a sound', path: '/sounds/new', kind: 'action' },
  { label: 'Buy numbers', path: '/numbers/buy', kind: 'action' },
];

/** What the typed text can be looked up as, besides the pages and actions whose names contain it. */
export interface PaletteLookups {
  /** CallFire's 11-digit form of a phone number typed any usual way ("(213) 555-0142", "+1 213.555.0142"). */
  number?: string;
  /** A record id (calls and broadcasts): digits only. */
  id?: number;
  /** Text to find broadcasts and sounds by name. */
  name?: string;
}

const words = (text: string) => text.toLowerCase().split(/\s+/).filter(Boolean);

/** Pages and actions whose label has every typed word, actions first; all of them with nothing typed. */
export function matchDestinations(text: string): PaletteDestination[] {
  const typed = words(text);
  const all = [...ACTIONS, ...PAGES];
  if (typed.length === 0) return all;
  return all.filter((entry) => typed.every((word) => entry.label.toLowerCase().includes(word)));
}

export function lookupsOf(text: string): PaletteLookups {
  const trimmed = text.trim();
  if (!trimmed) return {};
  const phone = normalizePhone(trimmed);
  const id = /^\d{1,15}$/.test(trimmed) ? Number(trimmed) : undefined;
  return {
    number: phone.ok ? phone.number : undefined,
    id,
    // A number is not a name; two characters are too few to search by.
    name: !phone.ok && trimmed.length >= 2 ? trimmed : undefined,
  };
}
