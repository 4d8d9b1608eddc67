import type { ReactNode } from 'react';
import type { ListParams } from '../lib/useListParams';
import { DebouncedTextField } from './DebouncedTextField';
import { FilterPanel } from './FilterPanel';

export interface TextFilter<Filter extends string> {
  name: Filter;
  label: string;
  width: number;
  /** What is wrong with a value typed, if anything; such a value stays out of the address. */
  problem?: (value: string) => string | undefined;
}

/**
 * A list's filters, each kept in the address bar so a filtered view can be bookmarked: text filters
 * reported once typing pauses, then whatever else the list filters on (`children`).
 */
export function ListFilterBar<Filter extends string>({
  label,
  list,
  textFilters,
  children,
}: {
  /** Accessible name of the search region. */
  label: string;
  list: ListParams<Filter>;
  textFilters: readonly TextFilter<Filter>[];
  children?: ReactNode;
}) {
  return (
    <FilterPanel
      label={label}
      active={Object.values<string>(list.filters).filter(Boolean).length}
      sx={{ gap: 0, columnGap: 2, alignItems: 'flex-start', mb: 1 }}
    >
      {textFilters.map(({ name, label: fieldLabel, width, problem }) => (
        <DebouncedTextField
          key={name}
          label={fieldLabel}
          value={list.filters[name]}
          onChange={(value) => list.setFilters({ [name]: value } as Partial<Record<Filter, string>>)}
          problem={problem}
          // Kept, so a message appearing under one field does not move the others.
          helperText=" "
          sx={{ width }}
        />
      ))}
      {children}
    </FilterPanel>
  );
}
