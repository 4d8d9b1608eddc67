import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/Delete';
import {
  Box,
  Button,
  Checkbox,
  FormControlLabel,
  FormGroup,
  IconButton,
  MenuItem,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { Controller, useFieldArray, useFormState, type Control } from 'react-hook-form';
import { FormTextField } from '../../components/form/FormTextField';
import { DAYS, type TimingValues } from './timingForm';

const TIME_ZONES = [
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Phoenix',
  'America/Los_Angeles',
  'America/Anchorage',
  'Pacific/Honolulu',
  'UTC',
];

const dayLabel = (day: string) => day.charAt(0) + day.slice(1, 3).toLowerCase();

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
                <FormTextField
                  control={control}
                  name={`schedules.${index}.startDate`}
                  label={`Schedule ${number} start date`}
                  type="date"
                  slotProps={{ inputLabel: { shrink: true } }}
                />
                <FormTextField
                  control={control}
                  name={`schedules.${index}.stopDate`}
                  label={`Schedule ${number} stop date`}
                  type="date"
                  slotProps={{ inputLabel: { shrink: true } }}
                />
                <FormTextField
                  control={control}
                  name={`schedules.${index}.startTime`}
                  label={`Schedule ${number} daily start`}
                  type="time"
                  slotProps={{ inputLabel: { shrink: true } }}
                />
                <FormTextField
                  control={control}
                  name={`schedules.${index}.stopTime`}
                  label={`Schedule ${number} daily stop`}
                  type="time"
                  slotProps={{ inputLabel: { shrink: true } }}
                />
                <Controller
                  control={control}
                  name={`schedules.${index}.timeZone`}
                  render={({ field: zone }) => (
                    <TextField select label={`Schedule ${number} time zone`} {...zone} sx={{ minWidth: 200 }}>
                      {TIME_ZONES.map((name) => (
                        <MenuItem key={name} value={name}>
                          {name}
                        </MenuItem>
                      ))}
                    </TextField>
                  )}
                />
              </Stack>
              <Controller
                control={control}
                name={`schedules.${index}.daysOfWeek`}
                render={({ field: days }) => (
                  <FormGroup row aria-label={`Schedule ${number} days of the week`}>
                    {DAYS.map((day) => (
                      <FormControlLabel
                        key={day}
                        label={dayLabel(day)}
                        control={
                          <Checkbox
                            checked={days.value.includes(day)}
                            onChange={(event) =>
                              days.onChange(
                                event.target.checked ? [...days.value, day] : days.value.filter((item) => item !== day),
                              )
                            }
                          />
                        }
                      />
                    ))}
                  </FormGroup>
                )}
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
