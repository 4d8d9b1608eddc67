import { Autocomplete, Box, CircularProgress, Stack, TextField, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useState } from 'react';
import { LazyWaveformPlayer } from './LazyWaveformPlayer';
import { type CampaignSound, soundAudioUrl, soundQuery, soundsQuery } from '../api/resources/sounds';
import { formatSoundLength } from '../lib/soundLabels';

export interface SoundPickerProps {
  label: string;
  /** The chosen sound's id. */
  value: number | undefined;
  onChange: (id: number | undefined) => void;
  error?: boolean;
  helperText?: string;
  /** Show a player for the chosen sound below the field (on by default). */
  preview?: boolean;
}

const OPTION_COUNT = 25;

/**
 * Chooses an ACTIVE sound from the library, searching by name on the server as the operator
 * types, with a player to listen to the choice.
 */
export function SoundPicker({ label, value, onChange, error, helperText, preview = true }: SoundPickerProps) {
  const [input, setInput] = useState('');
  const filter = useDeferredValue(input);
  const { data, isFetching } = useQuery(soundsQuery({ filter: filter || undefined, limit: OPTION_COUNT, offset: 0 }));
  const { data: chosen } = useQuery({ ...soundQuery(value ?? 0), enabled: value !== undefined });
  const options = (data?.items ?? []).filter((sound) => sound.status === 'ACTIVE');
  const selected = value === undefined ? null : (options.find((sound) => sound.id === value) ?? chosen ?? null);

  return (
    <Stack spacing={1}>
      <Autocomplete<CampaignSound>
        options={options}
        value={selected}
        onChange={(_event, sound) => onChange(sound?.id)}
        inputValue={input}
        onInputChange={(_event, text, reason) => setInput(reason === 'reset' ? '' : text)}
        getOptionLabel={(sound) => sound.name ?? `Sound ${sound.id}`}
        isOptionEqualToValue={(option, current) => option.id === current.id}
        filterOptions={(all) => all}
        loading={isFetching}
        noOptionsText={filter ? 'No active sound matches' : 'The library has no active sounds'}
        renderOption={({ key, ...props }, sound) => (
          <Box component="li" key={key} {...props}>
            <Stack direction="row" sx={{ width: '100%', justifyContent: 'space-between', gap: 2 }}>
              <span>{sound.name}</span>
              <Typography variant="body2" color="text.secondary" component="span">
                {formatSoundLength(sound.lengthInSeconds)}
              </Typography>
            </Stack>
          </Box>
        )}
        renderInput={(params) => (
          <TextField
            {...params}
            label={label}
            error={error}
            helperText={helperText}
            slotProps={{
              ...params.slotProps,
              input: {
                ...params.slotProps.input,
                endAdornment: (
                  <>
                    {isFetching && <CircularProgress color="inherit" size={18} aria-label="Searching sounds" />}
                    {params.slotProps.input.endAdornment}
                  </>
                ),
              },
            }}
          />
        )}
      />
      {preview && selected?.id !== undefined && (
        <LazyWaveformPlayer src={soundAudioUrl(selected.id, 'mp3')} title={selected.name ?? `Sound ${selected.id}`} />
      )}
    </Stack>
  );
}
