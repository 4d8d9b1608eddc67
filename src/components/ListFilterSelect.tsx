import { MenuItem, TextField } from '@mui/material';
import type { ListParams } from '../lib/useListParams';

/** A list's choice filter, kept in the address: "any" (no filter), then the options by their names. */
export function ListFilterSelect<Filter extends string>({
  list,
  name,
  label,
  anyLabel,
  options,
  minWidth = 160,
}: {
  list: ListParams<Filter>;
  name: Filter;
  label: string;
  anyLabel: string;
  options: readonly { value: string; label: string }[];
  minWidth?: number;
}) {
  return (
    <TextField
      select
      size="small"
      label={label}
      value={list.filters[name]}
      onChange={(event) => list.setFilters({ [name]: event.target.value } as Partial<Record<Filter, string>>)}
      sx={{ minWidth }}
    >
      <MenuItem value="">{anyLabel}</MenuItem>
      {options.map((option) => (
        <MenuItem key={option.value} value={option.value}>
          {option.label}
        </MenuItem>
      ))}
    </TextField>
  );
}
