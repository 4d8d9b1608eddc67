import { useQuery } from '@tanstack/react-query';
import { broadcastQuery, broadcastsQuery } from '../../api/resources/broadcasts';
import { callsQuery } from '../../api/resources/calls';
import { contactsQuery } from '../../api/resources/contacts';
import { soundsQuery } from '../../api/resources/sounds';
import { textBroadcastQuery, textBroadcastsQuery } from '../../api/resources/textBroadcasts';
import { formatPhone } from '../../lib/phone';
import type { PaletteLookups } from './paletteQuery';

/** A record the palette found: what it is, how it is named, where it opens. */
export interface PaletteRecord {
  key: string;
  group: 'Contacts' | 'Calls' | 'Broadcasts' | 'Sounds';
  label: string;
  detail?: string;
  path: string;
}

const FOUND_PER_KIND = 5;
// A lookup by id that finds nothing is an answer, not a failure worth retrying.
const once = { retry: false } as const;

/**
 * Records matching what was typed, looked up through the same resources (and cache) as the pages:
 * contacts by number, calls and broadcasts by id, broadcasts and sounds by name.
 */
export function usePaletteRecords({ number, id, name }: PaletteLookups) {
  const paging = { offset: 0, limit: FOUND_PER_KIND };
  const contacts = useQuery({ ...contactsQuery({ number }, paging), enabled: number !== undefined });
  const call = useQuery({
    ...callsQuery({ id: id === undefined ? undefined : [id] }, 0, 1),
    enabled: id !== undefined,
  });
  const voiceById = useQuery({ ...broadcastQuery(id ?? 0), ...once, enabled: id !== undefined });
  const textById = useQuery({ ...textBroadcastQuery(id ?? 0), ...once, enabled: id !== undefined });
  const voiceByName = useQuery({ ...broadcastsQuery({ name }, 0, FOUND_PER_KIND), enabled: name !== undefined });
  const textByName = useQuery({ ...textBroadcastsQuery({ name }, 0, FOUND_PER_KIND), enabled: name !== undefined });
  const sounds = useQuery({ ...soundsQuery({ filter: name, ...paging }), enabled: name !== undefined });

  const lookups = [contacts, call, voiceById, textById, voiceByName, textByName, sounds];
  const active = (query: { isEnabled: boolean }) => query.isEnabled;
  const records: PaletteRecord[] = [
    ...(number === undefined ? [] : (contacts.data?.items ?? [])).map((contact) => ({
      key: `contact-${contact.id}`,
      group: 'Contacts' as const,
      label: [contact.firstName, contact.lastName].filter(Boolean).join(' ') || formatPhone(contact.homePhone),
      detail: [contact.homePhone, contact.mobilePhone, contact.workPhone].filter(Boolean).map(formatPhone).join(', '),
      path: `/contacts/${contact.id}`,
    })),
    ...(id === undefined ? [] : (call.data?.items ?? [])).map((found) => ({
      key: `call-${found.id}`,
      group: 'Calls' as const,
      label: `Call ${found.id}`,
      detail: `To ${formatPhone(found.toNumber)}`,
      path: `/calls/${found.id}`,
    })),
    ...[
      ...(id !== undefined && voiceById.data ? [{ ...voiceById.data, kind: 'voice' }] : []),
      ...(id !== undefined && textById.data ? [{ ...textById.data, kind: 'text' }] : []),
      ...(name === undefined ? [] : (voiceByName.data?.items ?? []).map((found) => ({ ...found, kind: 'voice' }))),
      ...(name === undefined ? [] : (textByName.data?.items ?? []).map((found) => ({ ...found, kind: 'text' }))),
    ].map((found) => ({
      key: `${found.kind}-broadcast-${found.id}`,
      group: 'Broadcasts' as const,
      label: found.name || `Broadcast ${found.id}`,
      detail: `${found.kind === 'voice' ? 'Voice' : 'Text'} broadcast ${found.id}`,
      path: `/broadcasts/${found.kind}/${found.id}`,
    })),
    ...(name === undefined ? [] : (sounds.data?.items ?? [])).map((sound) => ({
      key: `sound-${sound.id}`,
      group: 'Sounds' as const,
      label: sound.name || `Sound ${sound.id}`,
      detail: 'Sound',
      path: `/sounds/${sound.id}`,
    })),
  ];
  // A broadcast found both by id and by name is listed once.
  const unique = records.filter((record, index) => records.findIndex((other) => other.key === record.key) === index);
  return { records: unique, searching: lookups.filter(active).some((query) => query.isFetching) };
}
