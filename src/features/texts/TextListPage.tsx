import SendIcon from '@mui/icons-material/Send';
import { Button } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Link as RouterLink } from 'react-router';
import { textsQuery } from '../../api/resources/texts';
import { ActionFilterBar } from '../../components/ActionFilterBar';
import { Page } from '../../components/Page';
import { ServerDataGrid } from '../../components/ServerDataGrid';
import { textSearchColumns } from '../../components/textColumns';
import { ACTION_FILTER_NAMES, actionFilterProblems, actionQueryOf } from '../../lib/actionFilters';
import { CALL_STATES } from '../../lib/callOutcomes';
import { TEXT_RESULTS } from '../../lib/textOutcomes';
import { useListParams } from '../../lib/useListParams';
import { TextsTabs } from './TextsTabs';

/** Finds texts, sent and received, with every CallFire filter kept in the address. */
export function TextListPage() {
  const list = useListParams(ACTION_FILTER_NAMES);
  const problems = actionFilterProblems(list.filters);
  const { data, isFetching } = useQuery({
    ...textsQuery(actionQueryOf(list.filters, { states: CALL_STATES, results: TEXT_RESULTS }), list.offset, list.limit),
    enabled: Object.keys(problems).length === 0,
  });
  return (
    <Page
      title="Texts"
      actions={
        <Button variant="contained" startIcon={<SendIcon />} component={RouterLink} to="/texts/send">
          Send texts
        </Button>
      }
    >
      <TextsTabs />
      <ActionFilterBar filters={list.filters} setFilters={list.setFilters} problems={problems} broadcastKind="text" />
      <ServerDataGrid label="Texts" columns={textSearchColumns} data={data} fetching={isFetching} list={list} />
    </Page>
  );
}
