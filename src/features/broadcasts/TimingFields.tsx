import { Stack, Typography } from '@mui/material';
import { useWatch, type Control } from 'react-hook-form';
import { FormTextField } from '../../components/form/FormTextField';
import { FormToggle } from '../../components/form/FormToggle';
import type { TimingValues } from './timingForm';

const RESTRICTION_FIELDS = [
  { name: 'restrictionBegin', label: 'Local time from' },
  { name: 'restrictionEnd', label: 'Local time until' },
] as const;

/**
 * The local time restriction and resume-next-day switch of a broadcast of either kind. `control`
 * is any form holding the timing fields under their usual names.
 */
export function TimingFields<Form extends TimingValues>({
  control: formControl,
  verb,
}: {
  control: Control<Form>;
  /** What the broadcast does to recipients: "call" or "text". */
  verb: string;
}) {
  // Every form using this holds TimingValues; react-hook-form's Control cannot say so generically.
  const control = formControl as unknown as Control<TimingValues>;
  const restricted = useWatch({ control, name: 'restrictionEnabled' });
  return (
    <Stack spacing={2}>
      <Typography variant="subtitle1" component="h3">
        Local time restriction
      </Typography>
      <FormToggle
        control={control}
        name="restrictionEnabled"
        kind="switch"
        label={`Only ${verb} during these hours of each recipient's local time`}
      />
      {restricted && (
        <Stack direction="row" spacing={2}>
          {RESTRICTION_FIELDS.map(({ name, label }) => (
            <FormTextField
              key={name}
              control={control}
              name={name}
              label={label}
              type="time"
              slotProps={{ inputLabel: { shrink: true } }}
            />
          ))}
        </Stack>
      )}
      <FormToggle
        control={control}
        name="resumeNextDay"
        kind="switch"
        label="Resume the next day when a schedule's window closes with numbers left"
      />
    </Stack>
  );
}
