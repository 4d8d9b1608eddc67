import PhoneForwardedIcon from '@mui/icons-material/PhoneForwarded';
import { Button } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Link as RouterLink } from 'react-router';
import { callsQuery } from '../../api/resources/calls';
import { ActionFilterBar } from '../../components/ActionFilterBar';
import { callColumns } from '../../components/callColumns';
import { Page } from '../../components/Page';
import { ServerDataGrid } from '../../components/ServerDataGrid';
import { ACTION_FILTER_NAMES, actionFilterProblems, actionQueryOf } from '../../lib/actionFilters';
import { CALL_RESULT_LABELS, CALL_RESULTS, CALL_STATE_LABELS, CALL_STATES } from '../../lib/callOutcomes';
import { useListParams } from '../../lib/useListParams';

export function CallListPage() {
  const list = useListParams(ACTION_FILTER_NAMES);
  const problems = actionFilterProblems(list.filters);
  const { data, isFetching } = useQuery({
    ...callsQuery(actionQueryOf(list.filters, { states: CALL_STATES, results: CALL_RESULTS }), list.offset, list.limit),
    enabled: Object.keys(problems).length === 0,
  });
  return (
    <Page
      title="Calls"
      actions={
        <Button variant="contained" startIcon={<PhoneForwardedIcon />} component={RouterLink} to="/calls/send">
          Send calls
        </Button>
      }
    >
      <ActionFilterBar
        label="Call filters"
        filters={list.filters}
        setFilters={list.setFilters}
        problems={problems}
        stateLabels={CALL_STATE_LABELS}
        resultLabels={CALL_RESULT_LABELS}
      />
      <ServerDataGrid label="Calls" columns={callColumns} data={data} fetching={isFetching} list={list} />
    </Page>
  );
}
