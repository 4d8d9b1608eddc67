import { MenuItem, TextField } from '@mui/material';
import type { ActionFilterName, ActionFilterValues } from '../lib/actionFilters';
import { CALL_RESULT_LABELS, CALL_STATE_LABELS } from '../lib/callOutcomes';
import { TEXT_RESULT_LABELS } from '../lib/textOutcomes';
import { BroadcastFilterPickers } from './BroadcastFilterPickers';
import { DebouncedTextField } from './DebouncedTextField';
import type { BroadcastKind } from '../api/resources/broadcasts';
import { FilterPanel } from './FilterPanel';

function MultiSelect<Value extends string>({
  label,
  value,
  labels,
  onChange,
}: {
  label: string;
  value: string;
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
      {(Object.keys(labels) as Value[]).map((option) => (
        <MenuItem key={option} value={option}>
          {labels[option]}
        </MenuItem>
      ))}
    </TextField>
  );
}

/** The search's accessible name and the results it offers, by the kind of broadcast its calls or texts belong to. */
const KINDS = {
  voice: { label: 'Call filters', resultLabels: CALL_RESULT_LABELS as Record<string, string> },
  text: { label: 'Text filters', resultLabels: TEXT_RESULT_LABELS as Record<string, string> },
};

/** Every CallFire filter of a calls or texts search, bound to the values kept in the address. */
export function ActionFilterBar({
  filters,
  setFilters,
  problems,
  broadcastKind,
}: {
  filters: ActionFilterValues;
  setFilters: (changes: Partial<ActionFilterValues>) => void;
  problems: Partial<Record<ActionFilterName, string>>;
  /** Calls (voice) or texts: which results are offered and which broadcasts the pickers offer. */
  broadcastKind: BroadcastKind;
}) {
  const { label, resultLabels } = KINDS[broadcastKind];
  const stateLabels = CALL_STATE_LABELS;
  const text = (name: 'from' | 'to' | 'label', fieldLabel: string) => (
    <DebouncedTextField
      label={fieldLabel}
      value={filters[name]}
      onChange={(value) => setFilters({ [name]: value })}
      error={Boolean(problems[name])}
      helperText={problems[name]}
    />
  );
  const when = (name: 'begin' | 'end', fieldLabel: string) => (
    <TextField
      size="small"
      type="datetime-local"
      label={fieldLabel}
      value={filters[name]}
      onChange={(event) => setFilters({ [name]: event.target.value })}
      error={Boolean(problems[name])}
      helperText={problems[name]}
      slotProps={{ inputLabel: { shrink: true } }}
    />
  );
  return (
    <FilterPanel label={label} active={Object.values(filters).filter(Boolean).length}>
      <MultiSelect
        label="States"
        value={filters.states}
        labels={stateLabels}
        onChange={(value) => setFilters({ states: value })}
      />
      <MultiSelect
        label="Results"
        value={filters.results}
        labels={resultLabels}
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
      <BroadcastFilterPickers
        kind={broadcastKind}
        broadcast={filters.broadcast}
        batch={filters.batch}
        onChange={setFilters}
      />
      {when('begin', 'From time')}
      {when('end', 'Until time')}
    </FilterPanel>
  );
}
