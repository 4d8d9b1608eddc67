import { Box, Button, MenuItem, TextField } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { normalizePhone } from '../../lib/phone';
import { contactListsQuery } from '../../api/resources/contactLists';
import type { SearchFilters } from './contactSearch';

/** The contacts search: a number (as people type it), a custom property and value, a list. */
export function ContactSearchForm({
  filters,
  onSearch,
}: {
  filters: SearchFilters;
  onSearch: (filters: SearchFilters) => void;
}) {
  const [draft, setDraft] = useState(filters);
  const [numberError, setNumberError] = useState<string>();
  const [valueError, setValueError] = useState<string>();
  const { data: lists } = useQuery(contactListsQuery('', { limit: 1000, offset: 0 }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = draft.number.trim() ? normalizePhone(draft.number) : undefined;
    setNumberError(parsed && !parsed.ok ? parsed.reason : undefined);
    const valueWithoutName = draft.propertyValue.trim() !== '' && draft.propertyName.trim() === '';
    setValueError(valueWithoutName ? 'Name the property this value belongs to' : undefined);
    if ((parsed && !parsed.ok) || valueWithoutName) return;
    onSearch({ ...draft, number: parsed?.ok ? draft.number.trim() : '', propertyName: draft.propertyName.trim() });
  };
  const field = (name: keyof SearchFilters, error?: string) => ({
    value: draft[name],
    onChange: (event: { target: { value: string } }) => setDraft({ ...draft, [name]: event.target.value }),
    error: Boolean(error),
    helperText: error,
  });

  return (
    <Box
      component="form"
      role="search"
      aria-label="Search contacts"
      onSubmit={submit}
      sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, mb: 2, alignItems: 'flex-start' }}
    >
      <TextField size="small" label="Phone number" {...field('number', numberError)} />
      <TextField size="small" label="Property name" {...field('propertyName')} />
      <TextField size="small" label="Property value" {...field('propertyValue', valueError)} />
      <TextField select size="small" label="In list" {...field('list')} sx={{ minWidth: 180 }}>
        <MenuItem value="">Any list</MenuItem>
        {(lists?.items ?? []).map((list) => (
          <MenuItem key={list.id} value={String(list.id)}>
            {list.name}
          </MenuItem>
        ))}
      </TextField>
      <Button type="submit" variant="outlined">
        Search
      </Button>
      <Button
        onClick={() => {
          const cleared = { number: '', propertyName: '', propertyValue: '', list: '' };
          setDraft(cleared);
          setNumberError(undefined);
          setValueError(undefined);
          onSearch(cleared);
        }}
      >
        Clear
      </Button>
    </Box>
  );
}
