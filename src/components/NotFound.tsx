import { Button, Typography } from '@mui/material';
import { Link as RouterLink, useLocation } from 'react-router';
import { ApiError } from '../api/ApiError';
import { Page } from './Page';

/** A record a detail page shows, and the list it belongs to. */
export interface MissingRecord {
  record: string;
  list: string;
  listName: string;
}

const missing = (record: string, list: string, listName: string): MissingRecord => ({ record, list, listName });

// Every detail page by its address; the first group is the record's id as the address gives it.
const DETAIL_PAGES: [RegExp, MissingRecord][] = [
  [/^\/calls\/recordings\/(\d+)$/, missing('recording', '/calls', 'the calls')],
  [/^\/calls\/\d+\/recordings\/([^/]+)$/, missing('recording', '/calls', 'the calls')],
  [/^\/calls\/(\d+)$/, missing('call', '/calls', 'the calls')],
  [/^\/texts\/(\d+)$/, missing('text', '/texts', 'the texts')],
  [/^\/sounds\/media\/(\d+)$/, missing('media file', '/sounds/media', 'the media library')],
  [/^\/sounds\/(\d+)$/, missing('sound', '/sounds', 'the sound library')],
  [/^\/contacts\/lists\/(\d+)$/, missing('contact list', '/contacts/lists', 'the contact lists')],
  [/^\/contacts\/(\d+)(?:\/edit)?$/, missing('contact', '/contacts', 'the contacts')],
  [/^\/broadcasts\/voice\/(\d+)(?:\/edit)?$/, missing('voice broadcast', '/broadcasts/voice', 'the voice broadcasts')],
  [/^\/broadcasts\/text\/(\d+)(?:\/edit)?$/, missing('text broadcast', '/broadcasts/text', 'the text broadcasts')],
  [/^\/numbers\/keywords\/([^/]+)$/, missing('keyword', '/numbers/keywords', 'the keywords')],
  [/^\/numbers\/orders\/(\d+)$/, missing('order', '/numbers/orders', 'the orders')],
  [/^\/numbers\/(\d+)$/, missing('number', '/numbers', 'the numbers')],
];

/** What is missing when CallFire answers 404 on a detail page: the record, its id and its list. */
export function useMissingRecord(error: unknown): (MissingRecord & { id: string }) | undefined {
  const { pathname } = useLocation();
  if (!(error instanceof ApiError) || error.status !== 404) return undefined;
  for (const [pattern, record] of DETAIL_PAGES) {
    const found = pattern.exec(pathname);
    if (found) return { ...record, id: decodeURIComponent(found[1]!) };
  }
  return undefined;
}

/** A record that is not (or no longer) in the account: what is missing, and the way back to its list. */
export function NotFound({ record, id, list, listName }: MissingRecord & { id: string }) {
  return (
    <Page title={`${record[0]!.toUpperCase()}${record.slice(1)} not found`}>
      <Typography sx={{ mb: 2 }}>
        There is no {record} {id} in this account: it may have been deleted, or the address may be mistyped.
      </Typography>
      <Button component={RouterLink} to={list} variant="contained">
        Back to {listName}
      </Button>
    </Page>
  );
}
