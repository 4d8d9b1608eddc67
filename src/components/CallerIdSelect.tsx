import { MenuItem, TextField } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { formatPhone } from '../lib/phone';
import { callerIdsQuery } from '../api/resources/callerIds';

interface CallerIdSelectProps {
  value: string;
  onChange: (value: string) => void;
  error?: string;
  /** Label of the empty choice; absent when a caller id is required. */
  noneLabel?: string;
  label?: string;
}

/** Picks one of the account's verified caller ids (CallFire refuses any other). */
export function CallerIdSelect({ value, onChange, error, noneLabel, label = 'Caller id' }: CallerIdSelectProps) {
  const { data: callerIds = [], isPending } = useQuery(callerIdsQuery());
  const known = callerIds.some((callerId) => callerId.phoneNumber === value);
  return (
    <TextField
      select
      label={label}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      error={Boolean(error)}
      helperText={
        error ??
        (callerIds.length === 0 && !isPending
          ? 'The account has no verified caller ids'
          : 'Only verified numbers are listed')
      }
      fullWidth
    >
      {noneLabel !== undefined && <MenuItem value="">{noneLabel}</MenuItem>}
      {value && !known && <MenuItem value={value}>{formatPhone(value)} (not verified)</MenuItem>}
      {callerIds.map(({ phoneNumber }) => (
        <MenuItem key={phoneNumber} value={phoneNumber}>
          {formatPhone(phoneNumber)}
        </MenuItem>
      ))}
    </TextField>
  );
}
