import { Checkbox, FormControlLabel, FormGroup, FormHelperText, Stack, Typography } from '@mui/material';
import { Controller, useWatch, type Control } from 'react-hook-form';
import { FormSelect } from '../../components/form/FormSelect';
import { FormTextField } from '../../components/form/FormTextField';
import { FormToggle } from '../../components/form/FormToggle';
import { PhoneListField } from '../../components/PhoneListField';
import { SoundPicker } from '../../components/SoundPicker';
import { parsePhoneList } from '../../lib/phone';
import { DAYS_OF_WEEK } from '../../lib/localTime';
import { US_TIME_ZONES } from '../../../shared/usAreaCodes';
import { TRACKING_SOUNDS, type NumberConfigValues, type TrackingSound } from './numberConfigForm';

const dayLabel = (day: string) => day.charAt(0) + day.slice(1).toLowerCase();
const TIME_ZONE_OPTIONS = [...US_TIME_ZONES, 'UTC'].map((zone) => ({ value: zone, label: zone.replace(/_/g, ' ') }));

/** Every CallTrackingConfig setting: transfers, recording, screening, voicemail, sounds, hours and analytics. */
export function CallTrackingFields({ control }: { control: Control<NumberConfigValues> }) {
  const scheduleEnabled = useWatch({ control, name: 'scheduleEnabled' });
  return (
    <Stack spacing={3}>
      <Controller
        control={control}
        name="transferNumbers"
        render={({ field, fieldState }) => (
          <PhoneListField
            label="Transfer numbers (tried in turn)"
            value={field.value}
            parsed={parsePhoneList(field.value)}
            onChange={field.onChange}
            problem={fieldState.error?.message}
            minRows={2}
          />
        )}
      />
      <FormGroup>
        <FormToggle control={control} name="recorded" label="Record every call" kind="switch" />
        <FormToggle control={control} name="screen" label="Screen calls (the callee accepts each call)" kind="switch" />
        <FormToggle control={control} name="voicemail" label="Take a voicemail when nobody answers" kind="switch" />
      </FormGroup>
      <Stack spacing={2}>
        <Typography variant="subtitle1" component="h3">
          Sounds
        </Typography>
        {(Object.keys(TRACKING_SOUNDS) as TrackingSound[]).map((name) => (
          <Controller
            key={name}
            control={control}
            name={name}
            render={({ field, fieldState }) => (
              <SoundPicker
                label={TRACKING_SOUNDS[name]}
                value={field.value}
                onChange={field.onChange}
                error={Boolean(fieldState.error)}
                helperText={fieldState.error?.message}
                preview={false}
              />
            )}
          />
        ))}
      </Stack>
      <Stack spacing={2}>
        <Typography variant="subtitle1" component="h3">
          Transfer hours
        </Typography>
        <FormToggle
          control={control}
          name="scheduleEnabled"
          label="Transfer only during these hours (voicemail outside them)"
          kind="switch"
        />
        {scheduleEnabled && (
          <>
            <Controller
              control={control}
              name="daysOfWeek"
              render={({ field, fieldState }) => (
                <div role="group" aria-label="Days of the week">
                  <FormGroup row>
                    {DAYS_OF_WEEK.map((day) => (
                      <FormControlLabel
                        key={day}
                        label={dayLabel(day)}
                        control={
                          <Checkbox
                            checked={field.value.includes(day)}
                            onChange={(event) =>
                              field.onChange(
                                event.target.checked
                                  ? DAYS_OF_WEEK.filter((each) => each === day || field.value.includes(each))
                                  : field.value.filter((each) => each !== day),
                              )
                            }
                          />
                        }
                      />
                    ))}
                  </FormGroup>
                  {fieldState.error && <FormHelperText error>{fieldState.error.message}</FormHelperText>}
                </div>
              )}
            />
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
              <FormTextField control={control} name="startTime" label="From" type="time" sx={{ width: 150 }} />
              <FormTextField control={control} name="stopTime" label="Until" type="time" sx={{ width: 150 }} />
              <FormSelect
                control={control}
                name="timeZone"
                label="Time zone"
                options={TIME_ZONE_OPTIONS}
                sx={{ minWidth: 240 }}
              />
            </Stack>
          </>
        )}
      </Stack>
      <Stack spacing={2}>
        <Typography variant="subtitle1" component="h3">
          Google Analytics
        </Typography>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
          <FormTextField control={control} name="analyticsDomain" label="Domain" fullWidth />
          <FormTextField
            control={control}
            name="analyticsAccountId"
            label="Account id"
            placeholder="UA-12345-2"
            fullWidth
          />
          <FormTextField control={control} name="analyticsCategory" label="Category" placeholder="Sales" fullWidth />
        </Stack>
      </Stack>
    </Stack>
  );
}
