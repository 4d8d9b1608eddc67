import { Link } from '@mui/material';
import { useQuery, type QueryFunction, type QueryKey } from '@tanstack/react-query';
import { Link as RouterLink } from 'react-router';
import { batchQuery, broadcastQuery, type BroadcastKind } from '../api/resources/broadcasts';
import { contactListQuery } from '../api/resources/contactLists';
import { contactInBatchQuery } from '../api/resources/contacts';
import { mediaQuery } from '../api/resources/media';
import { soundQuery } from '../api/resources/sounds';
import { textBroadcastQuery } from '../api/resources/textBroadcasts';
import { formatPhone } from '../lib/phone';

/**
 * Names of records shown where another record refers to them (a call's broadcast, an activity entry's
 * contact). Each name is read through the record's own query, so a list naming one broadcast a hundred
 * times asks for it once, and the detail page opened next finds it cached. A lookup that fails (a deleted
 * record) leaves the fallback in place rather than failing the page around it.
 */
function useRecordName<Data>(
  options: { queryKey: QueryKey; queryFn?: unknown },
  nameOf: (data: Data) => string | undefined,
): string | undefined {
  const { data } = useQuery<Data>({
    queryKey: options.queryKey,
    queryFn: options.queryFn as QueryFunction<Data>,
    refetchInterval: false,
    throwOnError: false,
  });
  return data === undefined ? undefined : nameOf(data) || undefined;
}

const byName = (record: { name?: string }) => record.name;

function RecordLink({ to, children }: { to: string; children: string }) {
  return (
    <Link component={RouterLink} to={to}>
      {children}
    </Link>
  );
}

/** A voice or text broadcast by its name, linking to its page. */
export function BroadcastLink({ id, kind }: { id: number; kind: BroadcastKind }) {
  const name = useRecordName(kind === 'voice' ? broadcastQuery(id) : textBroadcastQuery(id), byName);
  return (
    <RecordLink to={`/broadcasts/${kind}/${id}`}>
      {name ?? `${kind === 'voice' ? 'Voice' : 'Text'} broadcast ${id}`}
    </RecordLink>
  );
}

/** A broadcast's batch by its name (batches have no page of their own). */
export function BatchName({ id }: { id: number }) {
  return <>{useRecordName(batchQuery(id), byName) ?? `Batch ${id}`}</>;
}

export function ContactLink({ id }: { id: number }) {
  const name = useRecordName(contactInBatchQuery(id), (contact: { firstName?: string; lastName?: string }) =>
    [contact.firstName, contact.lastName].filter(Boolean).join(' '),
  );
  return <RecordLink to={`/contacts/${id}`}>{name ?? `Contact ${id}`}</RecordLink>;
}

export function ContactListLink({ id }: { id: number }) {
  return (
    <RecordLink to={`/contacts/lists/${id}`}>{useRecordName(contactListQuery(id), byName) ?? `List ${id}`}</RecordLink>
  );
}

export function SoundLink({ id }: { id: number }) {
  return <RecordLink to={`/sounds/${id}`}>{useRecordName(soundQuery(id), byName) ?? `Sound ${id}`}</RecordLink>;
}

export function MediaLink({ id }: { id: number }) {
  return (
    <RecordLink to={`/sounds/media/${id}`}>{useRecordName(mediaQuery(id), byName) ?? `Media file ${id}`}</RecordLink>
  );
}

/** One of the account's numbers, formatted, linking to its page. */
export function NumberLink({ number }: { number: string }) {
  return <RecordLink to={`/numbers/${encodeURIComponent(number)}`}>{formatPhone(number)}</RecordLink>;
}
