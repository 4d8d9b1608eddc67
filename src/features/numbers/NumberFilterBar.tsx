import { MenuItem, TextField } from '@mui/material';
import { ListFilterBar, type TextFilter } from '../../components/ListFilterBar';
import type { ListParams } from '../../lib/useListParams';
import { NUMBER_FILTER_PROBLEMS, type NumberFilter } from './numberSearch';

const TEXT_FILTERS: TextFilter<NumberFilter>[] = (
  [
    { name: 'prefix', label: 'Number starts with', width: 180 },
    { name: 'city', label: 'City', width: 170 },
    { name: 'state', label: 'State', width: 90 },
    { name: 'zipcode', label: 'Zip code', width: 110 },
    { name: 'lata', label: 'LATA', width: 90 },
    { name: 'rateCenter', label: 'Rate center', width: 150 },
    { name: 'label', label: 'Label', width: 140 },
  ] as const
).map((filter) => ({ ...filter, problem: NUMBER_FILTER_PROBLEMS[filter.name] }));

/** The owned numbers' filters; each lives in the address bar, so a filtered view can be bookmarked. */
export function NumberFilterBar({ list }: { list: ListParams<NumberFilter> }) {
  return (
    <ListFilterBar label="Filter numbers" list={list} textFilters={TEXT_FILTERS}>
      <TextField
        select
        size="small"
        label="Kind"
        value={list.filters.kind || 'all'}
        onChange={(event) => list.setFilters({ kind: event.target.value === 'all' ? '' : event.target.value })}
        helperText=" "
        sx={{ width: 150 }}
      >
        <MenuItem value="all">All numbers</MenuItem>
        <MenuItem value="local">Local</MenuItem>
        <MenuItem value="tollFree">Toll-free</MenuItem>
      </TextField>
    </ListFilterBar>
  );
}
