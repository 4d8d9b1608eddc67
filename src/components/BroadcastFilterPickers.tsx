import { Autocomplete, TextField } from '@mui/material';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { broadcastResource, type BroadcastKind } from '../api/resources/broadcasts';
import { useDebouncedValue } from '../lib/useDebouncedValue';

interface Named {
  id?: number;
  name?: string;
}

const SUGGESTIONS = 20;

function IdPicker({
  label,
  value,
  options,
  selected,
  onInput,
  onChange,
  disabled,
}: {
  label: string;
  value: string;
  options: Named[];
  selected: Named | undefined;
  onInput?: (text: string) => void;
  onChange: (id: string) => void;
  disabled?: boolean;
}) {
  const current = value ? (selected ?? { id: Number(value), name: `${label} ${value}` }) : null;
  return (
    <Autocomplete
      size="small"
      sx={{ minWidth: 220 }}
      options={options}
      value={current}
      disabled={disabled}
      getOptionLabel={(option) => option.name || `${label} ${option.id}`}
      isOptionEqualToValue={(option, chosen) => option.id === chosen.id}
      filterOptions={onInput ? (all) => all : undefined}
      onInputChange={(_event, text, reason) => reason === 'input' && onInput?.(text)}
      onChange={(_event, option) => onChange(option?.id === undefined ? '' : String(option.id))}
      renderInput={(params) => <TextField {...params} label={label} />}
    />
  );
}

/**
 * The broadcast and batch filters of a calls or texts search, chosen by name; the address keeps their
 * ids. Batches are those of the chosen broadcast.
 */
export function BroadcastFilterPickers({
  kind,
  broadcast,
  batch,
  onChange,
}: {
  kind: BroadcastKind;
  broadcast: string;
  batch: string;
  onChange: (changes: { broadcast?: string; batch?: string }) => void;
}) {
  const [typed, setTyped] = useState('');
  const name = useDebouncedValue(typed, 300);
  const search = { name: name || undefined };
  const broadcastId = Number(broadcast) || 0;
  const resource = broadcastResource(kind);
  const found = useQuery({ ...resource.list(search, 0, SUGGESTIONS), placeholderData: keepPreviousData });
  const chosen = useQuery({
    ...resource.detail(broadcastId),
    enabled: broadcastId > 0,
    refetchInterval: false,
    throwOnError: false,
  });
  const batches = useQuery({ ...resource.batches(broadcastId, false), enabled: broadcastId > 0, throwOnError: false });
  const batchList = batches.data?.items ?? [];
  return (
    <>
      <IdPicker
        label="Broadcast"
        value={broadcast}
        options={found.data?.items ?? []}
        selected={chosen.data}
        onInput={setTyped}
        onChange={(id) => onChange({ broadcast: id, batch: '' })}
      />
      <IdPicker
        label="Batch"
        value={batch}
        options={batchList}
        selected={batchList.find((item) => String(item.id) === batch)}
        onChange={(id) => onChange({ batch: id })}
        disabled={!broadcastId && !batch}
      />
    </>
  );
}
