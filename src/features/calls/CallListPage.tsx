import HeadphonesIcon from '@mui/icons-material/Headphones';
import PhoneForwardedIcon from '@mui/icons-material/PhoneForwarded';
import { Button } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Link as RouterLink, useLocation } from 'react-router';
import { ActionFilterBar } from '../../components/ActionFilterBar';
import { callSearchColumns } from '../../components/callColumns';
import { Page } from '../../components/Page';
import { ServerDataGrid } from '../../components/ServerDataGrid';
import { ACTION_FILTER_NAMES, actionFilterProblems } from '../../lib/actionFilters';
import { useListParams } from '../../lib/useListParams';
import { callSearchQuery } from './callSearch';

/** The review queue of the calls the filters find; the grid's own paging does not carry over. */
function reviewAddress(search: string) {
  const params = new URLSearchParams(search);
  for (const name of ['page', 'pageSize', 'sort']) params.delete(name);
  const query = params.toString();
  return query ? `/calls/review?${query}` : '/calls/review';
}

export function CallListPage() {
  const location = useLocation();
  const list = useListParams(ACTION_FILTER_NAMES);
  const problems = actionFilterProblems(list.filters);
  const { data, isFetching } = useQuery(callSearchQuery(list));
  return (
    <Page
      title="Calls"
      actions={
        <>
          <Button startIcon={<HeadphonesIcon />} component={RouterLink} to={reviewAddress(location.search)}>
            Review recordings
          </Button>
          <Button variant="contained" startIcon={<PhoneForwardedIcon />} component={RouterLink} to="/calls/send">
            Send calls
          </Button>
        </>
      }
    >
      <ActionFilterBar filters={list.filters} setFilters={list.setFilters} problems={problems} broadcastKind="voice" />
      <ServerDataGrid label="Calls" columns={callSearchColumns} data={data} fetching={isFetching} list={list} />
    </Page>
  );
}
