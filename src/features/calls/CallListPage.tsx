import PhoneForwardedIcon from '@mui/icons-material/PhoneForwarded';
import { Box, Button, MenuItem, TextField } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Link as RouterLink } from 'react-router';
import { callColumns } from '../../components/callColumns';
import { DebouncedTextField } from '../../components/DebouncedTextField';
import { Page } from '../../components/Page';
import { ServerDataGrid } from '../../components/ServerDataGrid';
import { CALL_RESULT_LABELS, CALL_RESULTS, CALL_STATE_LABELS, CALL_STATES } from '../../lib/callOutcomes';
import { useListParams } from '../../lib/useListParams';
import { callFiltersOf, filterProblems, FILTER_NAMES } from './callFilters';
import { callsQuery } from '../../api/resources/calls';

function MultiSelect<Value extends string>({
  label,
  value,
  options,
  labels,
  onChange,
}: {
  label: string;
  value: string;
  options: readonly Value[];
  labels: Record<Value, string>;
  onChange: (value: string) => void;
}) {
  const selected = value ? value.split(',') : [];
  return (
    <TextField
      select
      size="small"
      label={label}
      value={selected}
      onChange={(event) => onChange((event.target.value as unknown as string[]).join(','))}
      slotProps={{
        select: { multiple: true, renderValue: (chosen) => (chosen as Value[]).map((item) => labels[item]).join(', ') },
      }}
      sx={{ minWidth: 200 }}
    >
      {options.map((option) => (
        <MenuItem key={option} value={option}>
          {labels[option]}
        </MenuItem>
      ))}
    </TextField>
  );
}

export function CallListPage() {
  const list = useListParams(FILTER_NAMES);
  const { filters, setFilters } = list;
  const problems = filterProblems(filters);
  const valid = Object.keys(problems).length === 0;
  const { data, isFetching } = useQuery({
    ...callsQuery(callFiltersOf(filters), list.offset, list.limit),
    enabled: valid,
  });
  const text = (name: 'from' | 'to' | 'label' | 'broadcast' | 'batch', label: string) => (
    <DebouncedTextField
      label={label}
      value={filters[name]}
      onChange={(value) => setFilters({ [name]: value })}
      error={Boolean(problems[name])}
      helperText={problems[name]}
    />
  );
  const when = (name: 'begin' | 'end', label: string) => (
    <TextField
      size="small"
      type="datetime-local"
      label={label}
      value={filters[name]}
      onChange={(event) => setFilters({ [name]: event.target.value })}
      error={Boolean(problems[name])}
      helperText={problems[name]}
      slotProps={{ inputLabel: { shrink: true } }}
    />
  );
  return (
    <Page
      title="Calls"
      actions={
        <Button variant="contained" startIcon={<PhoneForwardedIcon />} component={RouterLink} to="/calls/send">
          Send calls
        </Button>
      }
    >
      <Box role="search" aria-label="Call filters" sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, mb: 2 }}>
        <MultiSelect
          label="States"
          value={filters.states}
          options={CALL_STATES}
          labels={CALL_STATE_LABELS}
          onChange={(value) => setFilters({ states: value })}
        />
        <MultiSelect
          label="Results"
          value={filters.results}
          options={CALL_RESULTS}
          labels={CALL_RESULT_LABELS}
          onChange={(value) => setFilters({ results: value })}
        />
        <TextField
          select
          size="small"
          label="Direction"
          value={filters.inbound}
          onChange={(event) => setFilters({ inbound: event.target.value })}
          sx={{ minWidth: 140 }}
        >
          <MenuItem value="">Both</MenuItem>
          <MenuItem value="false">Outbound</MenuItem>
          <MenuItem value="true">Inbound</MenuItem>
        </TextField>
        {text('from', 'From number')}
        {text('to', 'To number')}
        {text('label', 'Label')}
        {text('broadcast', 'Broadcast id')}
        {text('batch', 'Batch id')}
        {when('begin', 'From time')}
        {when('end', 'Until time')}
      </Box>
      <ServerDataGrid label="Calls" columns={callColumns} data={data} fetching={isFetching} list={list} />
    </Page>
  );
}
