import { Checkbox, FormControlLabel } from '@mui/material';
import { ListFilterBar, type TextFilter } from '../../components/ListFilterBar';
import type { ListParams } from '../../lib/useListParams';
import { readCampaignId, readPrefix, type DncFilter } from './dncSearch';

const TEXT_FILTERS: TextFilter<DncFilter>[] = [
  { name: 'prefix', label: 'Number starts with', width: 190, problem: (value) => readPrefix(value).error },
  { name: 'source', label: 'Source', width: 220 },
  { name: 'campaignId', label: 'Campaign id', width: 150, problem: (value) => readCampaignId(value).error },
];

function FilterCheckbox({ list, name, label }: { list: ListParams<DncFilter>; name: DncFilter; label: string }) {
  return (
    <FormControlLabel
      label={label}
      control={
        <Checkbox
          checked={list.filters[name] === 'true'}
          onChange={(event) => list.setFilters({ [name]: event.target.checked ? 'true' : '' })}
        />
      }
      sx={{ mb: 2.5 }}
    />
  );
}

/** The list's filters; each lives in the address bar, so a filtered view can be bookmarked. */
export function DncFilterBar({ list }: { list: ListParams<DncFilter> }) {
  return (
    <ListFilterBar label="Filter do-not-contact numbers" list={list} textFilters={TEXT_FILTERS}>
      <FilterCheckbox list={list} name="call" label="Do-not-call only" />
      <FilterCheckbox list={list} name="text" label="Do-not-text only" />
    </ListFilterBar>
  );
}
