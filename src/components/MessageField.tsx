import { FormControlLabel, MenuItem, Radio, RadioGroup, Stack, TextField, Typography } from '@mui/material';
import { useId } from 'react';
import { SoundPicker } from './SoundPicker';
import type { Voice } from '../api/resources/sounds';
import { VOICE } from '../lib/vocabulary';

/** A message a call plays: nothing, text read by a voice, or a sound from the library. */
export interface MessageValue {
  mode: 'none' | 'tts' | 'sound';
  text: string;
  voice: Voice;
  soundId: number | undefined;
}

export const emptyMessage = (): MessageValue => ({ mode: 'none', text: '', voice: 'FEMALE1', soundId: undefined });

interface MessageFieldProps {
  /** What the message is for, e.g. "Live answer message". */
  label: string;
  description?: string;
  value: MessageValue;
  onChange: (value: MessageValue) => void;
  error?: string;
  /** Offer "None" (optional messages); required messages only choose between text and sound. */
  optional?: boolean;
}

/** Edits one message of a call: text-to-speech with its voice, or a library sound with a preview. */
export function MessageField({ label, description, value, onChange, error, optional = true }: MessageFieldProps) {
  const id = useId();
  return (
    <Stack
      spacing={1.5}
      component="fieldset"
      sx={{ border: 0, p: 0, m: 0 }}
      aria-describedby={description ? `${id}-description` : undefined}
    >
      <Typography component="legend" variant="subtitle1">
        {label}
      </Typography>
      {description && (
        <Typography id={`${id}-description`} variant="body2" color="text.secondary">
          {description}
        </Typography>
      )}
      <RadioGroup
        row
        aria-label={`${label} source`}
        value={value.mode}
        onChange={(event) => onChange({ ...value, mode: event.target.value as MessageValue['mode'] })}
      >
        {optional && <FormControlLabel value="none" control={<Radio />} label="None" />}
        <FormControlLabel value="tts" control={<Radio />} label="Text to speech" />
        <FormControlLabel value="sound" control={<Radio />} label="Library sound" />
      </RadioGroup>
      {value.mode === 'tts' && (
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
          <TextField
            label={`${label} text`}
            value={value.text}
            onChange={(event) => onChange({ ...value, text: event.target.value })}
            multiline
            minRows={2}
            fullWidth
            error={Boolean(error)}
            helperText={error}
          />
          <TextField
            select
            label={`${label} voice`}
            value={value.voice}
            onChange={(event) => onChange({ ...value, voice: event.target.value as Voice })}
            sx={{ minWidth: 180 }}
          >
            {(Object.keys(VOICE) as Voice[]).map((voice) => (
              <MenuItem key={voice} value={voice}>
                {VOICE[voice]}
              </MenuItem>
            ))}
          </TextField>
        </Stack>
      )}
      {value.mode === 'sound' && (
        <SoundPicker
          label={`${label} sound`}
          value={value.soundId}
          onChange={(soundId) => onChange({ ...value, soundId })}
          error={Boolean(error)}
          helperText={error}
        />
      )}
    </Stack>
  );
}

/** Why a message cannot be sent as it is, or undefined. */
export function messageProblem(value: MessageValue): string | undefined {
  if (value.mode === 'tts' && !value.text.trim()) return 'Enter the text to read';
  if (value.mode === 'sound' && value.soundId === undefined) return 'Choose a sound';
  return undefined;
}
