import { MenuItem, TextField } from '@mui/material';
import { DebouncedTextField } from '../../components/DebouncedTextField';
import type { ListParams } from '../../lib/useListParams';
import { NUMBER_FILTER_PROBLEMS, type NumberFilter } from './numberSearch';
import { FilterPanel } from '../../components/FilterPanel';

const TEXT_FILTERS: { name: Exclude<NumberFilter, 'kind'>; label: string; width: number }[] = [
  { name: 'prefix', label: 'Number starts with', width: 180 },
  { name: 'city', label: 'City', width: 170 },
  { name: 'state', label: 'State', width: 90 },
  { name: 'zipcode', label: 'Zip code', width: 110 },
  { name: 'lata', label: 'LATA', width: 90 },
  { name: 'rateCenter', label: 'Rate center', width: 150 },
  { name: 'label', label: 'Label', width: 140 },
];

/** The owned numbers' filters; each lives in the address bar, so a filtered view can be bookmarked. */
export function NumberFilterBar({ list }: { list: ListParams<NumberFilter> }) {
  return (
    <FilterPanel
      label="Filter numbers"
      active={Object.values(list.filters).filter(Boolean).length}
      sx={{ gap: 0, columnGap: 2, alignItems: 'flex-start', mb: 1 }}
    >
      {TEXT_FILTERS.map(({ name, label, width }) => {
        const problem = NUMBER_FILTER_PROBLEMS[name]?.(list.filters[name]);
        return (
          <DebouncedTextField
            key={name}
            label={label}
            value={list.filters[name]}
            onChange={(value) => list.setFilters({ [name]: value.trim() })}
            error={Boolean(problem)}
            helperText={problem ?? ' '}
            sx={{ width }}
          />
        );
      })}
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
    </FilterPanel>
  );
}
