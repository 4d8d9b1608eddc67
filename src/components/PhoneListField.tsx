import { TextField } from '@mui/material';
import type { PhoneListParse } from '../lib/phone';
import { countLabel } from '../lib/format';

interface PhoneListFieldProps {
  label: string;
  value: string;
  parsed: PhoneListParse;
  onChange: (value: string) => void;
  /** What is wrong, shown in place of the count. */
  problem?: string;
  minRows?: number;
}

/** A box for pasted phone numbers that counts what it read, or says what is wrong. */
export function PhoneListField({ label, value, parsed, onChange, problem, minRows = 4 }: PhoneListFieldProps) {
  const summary = `${countLabel(parsed.numbers.length, 'number')}${parsed.duplicates ? `, ${parsed.duplicates} repeated` : ''}`;
  return (
    <TextField
      label={label}
      multiline
      minRows={minRows}
      fullWidth
      value={value}
      onChange={(event) => onChange(event.target.value)}
      error={Boolean(problem)}
      helperText={problem ?? summary}
    />
  );
}
