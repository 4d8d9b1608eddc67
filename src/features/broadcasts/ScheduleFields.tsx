import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/Delete';
import { Box, Button, IconButton, Stack, Typography } from '@mui/material';
import { useFieldArray, useFormState, type Control } from 'react-hook-form';
import { FormChoices } from '../../components/form/FormChoices';
import { FormSelect } from '../../components/form/FormSelect';
import { FormTextField } from '../../components/form/FormTextField';
import { MAIN_US_ZONES } from './schedulePreview';
import { DAYS, type TimingValues } from './timingForm';

const ZONE_OPTIONS = [...MAIN_US_ZONES, 'UTC'].map((zone) => ({ value: zone, label: zone }));
const DAY_OPTIONS = DAYS.map((day) => ({ value: day, label: day.charAt(0) + day.slice(1, 3).toLowerCase() }));

/** A schedule's dates and daily window, each named "Schedule 1 start date" and so on. */
const WINDOW_FIELDS = [
  { name: 'startDate', label: 'start date', type: 'date' },
  { name: 'stopDate', label: 'stop date', type: 'date' },
  { name: 'startTime', label: 'daily start', type: 'time' },
  { name: 'stopTime', label: 'daily stop', type: 'time' },
] as const;

/**
 * A broadcast's schedules, for either kind: each a date range, a daily time window, days of the week
 * and a time zone. `control` is any form holding the timing fields.
 */
export function ScheduleFields<Form extends TimingValues>({ control: formControl }: { control: Control<Form> }) {
  // Every form using this holds TimingValues; react-hook-form's Control cannot say so generically.
  const control = formControl as unknown as Control<TimingValues>;
  const { fields, append, remove } = useFieldArray({ control, name: 'schedules' });
  const { errors } = useFormState({ control, name: 'schedules' });
  return (
    <Stack spacing={2}>
      {fields.length === 0 && (
        <Typography variant="body2" color="text.secondary">
          No schedule: the broadcast goes out as soon as it is started.
        </Typography>
      )}
      {fields.map((field, index) => {
        const number = index + 1;
        return (
          <Box key={field.id} component="fieldset" sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 2 }}>
            <Typography component="legend" variant="subtitle2" sx={{ px: 0.5 }}>
              Schedule {number}
            </Typography>
            <Stack spacing={2}>
              <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
                {WINDOW_FIELDS.map(({ name, label, type }) => (
                  <FormTextField
                    key={name}
                    control={control}
                    name={`schedules.${index}.${name}`}
                    label={`Schedule ${number} ${label}`}
                    type={type}
                    slotProps={{ inputLabel: { shrink: true } }}
                  />
                ))}
                <FormSelect
                  control={control}
                  name={`schedules.${index}.timeZone`}
                  label={`Schedule ${number} time zone`}
                  options={ZONE_OPTIONS}
                  sx={{ minWidth: 200 }}
                />
              </Stack>
              <FormChoices
                multiple
                control={control}
                name={`schedules.${index}.daysOfWeek`}
                legend={`Schedule ${number} days of the week`}
                hideLegend
                options={DAY_OPTIONS}
                row
              />
              <Box>
                <IconButton aria-label={`Remove schedule ${number}`} onClick={() => remove(index)}>
                  <DeleteIcon />
                </IconButton>
              </Box>
            </Stack>
          </Box>
        );
      })}
      {errors.schedules?.message && (
        <Typography color="error" variant="body2">
          {errors.schedules.message}
        </Typography>
      )}
      <Box>
        <Button
          startIcon={<AddIcon />}
          onClick={() =>
            append({
              startDate: '',
              stopDate: '',
              startTime: '09:00',
              stopTime: '17:00',
              daysOfWeek: [...DAYS.slice(0, 5)],
              timeZone: 'America/New_York',
            })
          }
        >
          Add schedule
        </Button>
      </Box>
    </Stack>
  );
}
