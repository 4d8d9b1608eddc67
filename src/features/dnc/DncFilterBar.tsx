import { Checkbox, FormControlLabel, TextField } from '@mui/material';
import { useCallback } from 'react';
import type { ListParams } from '../../lib/useListParams';
import { readCampaignId, readPrefix, type DncFilter } from './dncSearch';
import { useDebouncedDraft } from '../../lib/useDebouncedDraft';
import { FilterPanel } from '../../components/FilterPanel';

function FilterText({
  list,
  name,
  label,
  validate,
  width,
}: {
  list: ListParams<DncFilter>;
  name: DncFilter;
  label: string;
  validate: (value: string) => string | undefined;
  width: number;
}) {
  const { setFilters } = list;
  const commit = useCallback((value: string) => setFilters({ [name]: value }), [setFilters, name]);
  const [draft, setDraft] = useDebouncedDraft(list.filters[name], commit, {
    delayMs: 400,
    isValid: (value) => !validate(value),
  });
  const error = validate(draft);
  return (
    <TextField
      size="small"
      label={label}
      value={draft}
      onChange={(event) => setDraft(event.target.value)}
      error={Boolean(error)}
      helperText={error ?? ' '}
      sx={{ width }}
    />
  );
}

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
    <FilterPanel
      label="Filter do-not-contact numbers"
      active={Object.values(list.filters).filter(Boolean).length}
      sx={{ gap: 0, columnGap: 2, alignItems: 'flex-start', mb: 1 }}
    >
      <FilterText
        list={list}
        name="prefix"
        label="Number starts with"
        width={190}
        validate={(v) => readPrefix(v).error}
      />
      <FilterText list={list} name="source" label="Source" width={220} validate={() => undefined} />
      <FilterText
        list={list}
        name="campaignId"
        label="Campaign id"
        width={150}
        validate={(v) => readCampaignId(v).error}
      />
      <FilterCheckbox list={list} name="call" label="Do-not-call only" />
      <FilterCheckbox list={list} name="text" label="Do-not-text only" />
    </FilterPanel>
  );
}
