import {
  Autocomplete,
  Chip,
  FormControlLabel,
  MenuItem,
  Radio,
  RadioGroup,
  Stack,
  Switch,
  TextField,
  Typography,
} from '@mui/material';
import { Controller, type UseFormReturn } from 'react-hook-form';
import { CallerIdSelect } from '../../components/CallerIdSelect';
import { MessageField } from '../../components/MessageField';
import { CALL_RESULT_LABELS } from '../../lib/callOutcomes';
import { parsePhoneList } from '../../lib/phone';
import { AMD_MODES, PHONE_TYPES, RETRY_RESULTS, type AmdMode, type BroadcastFormValues } from './broadcastForm';
import { DialplanEditor } from '../../components/DialplanEditor';

type FormProps = { form: UseFormReturn<BroadcastFormValues> };

export function GeneralFields({ form: { register, control, formState } }: FormProps) {
  const { errors } = formState;
  return (
    <Stack spacing={2}>
      <TextField
        label="Name"
        required
        {...register('name')}
        error={Boolean(errors.name)}
        helperText={errors.name?.message}
      />
      <Controller
        control={control}
        name="labels"
        render={({ field }) => (
          <Autocomplete
            multiple
            freeSolo
            options={[]}
            value={field.value}
            onChange={(_event, value) => field.onChange(value.map((label) => String(label).trim()).filter(Boolean))}
            renderValue={(value, getItemProps) =>
              value.map((label, index) => <Chip size="small" label={label} {...getItemProps({ index })} key={label} />)
            }
            renderInput={(params) => (
              <TextField
                {...params}
                label="Labels"
                helperText="Type a label and press Enter"
                error={Boolean(errors.labels)}
              />
            )}
          />
        )}
      />
      <Controller
        control={control}
        name="fromNumber"
        render={({ field }) => (
          <CallerIdSelect
            value={field.value}
            onChange={field.onChange}
            error={errors.fromNumber?.message}
            noneLabel="Account default"
          />
        )}
      />
    </Stack>
  );
}

const SOUND_FIELDS = [
  ['live', 'Live answer message', 'Played when a person answers.'],
  ['machine', 'Answering machine message', 'Left on answering machines.'],
  ['transfer', 'Transfer message', 'Played before a call is transferred.'],
  ['dnc', 'Do-not-call message', 'Played when the person asks not to be called again.'],
] as const;

export function MessageFields({ form }: FormProps) {
  const { control, register, watch, formState } = form;
  const { errors } = formState;
  const kind = watch('kind');
  return (
    <Stack spacing={3}>
      <Controller
        control={control}
        name="kind"
        render={({ field }) => (
          <RadioGroup row aria-label="Broadcast type" {...field}>
            <FormControlLabel value="sounds" control={<Radio />} label="Sounds" />
            <FormControlLabel value="ivr" control={<Radio />} label="IVR dialplan" />
          </RadioGroup>
        )}
      />
      {kind === 'ivr' ? (
        <Controller
          control={control}
          name="dialplanXml"
          render={({ field }) => (
            <DialplanEditor value={field.value} onChange={field.onChange} error={errors.dialplanXml?.message} />
          )}
        />
      ) : (
        <>
          {SOUND_FIELDS.map(([name, label, description]) => (
            <Controller
              key={name}
              control={control}
              name={name}
              render={({ field }) => (
                <MessageField
                  label={label}
                  description={description}
                  value={field.value}
                  onChange={field.onChange}
                  error={errors[name]?.message}
                />
              )}
            />
          ))}
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
            <TextField
              label="Transfer key"
              {...register('transferDigit')}
              error={Boolean(errors.transferDigit)}
              helperText={errors.transferDigit?.message ?? 'Key a person presses to be transferred'}
            />
            <TextField
              label="Transfer to number"
              {...register('transferNumber')}
              error={Boolean(errors.transferNumber)}
              helperText={errors.transferNumber?.message}
            />
            <TextField
              label="Do-not-call key"
              {...register('dncDigit')}
              error={Boolean(errors.dncDigit)}
              helperText={errors.dncDigit?.message ?? 'Key a person presses to opt out'}
            />
          </Stack>
          <Controller
            control={control}
            name="answeringMachineConfig"
            render={({ field }) => (
              <TextField
                select
                label="Answering machine detection"
                {...field}
                helperText={AMD_MODES[field.value as AmdMode]}
              >
                {Object.keys(AMD_MODES).map((mode) => (
                  <MenuItem key={mode} value={mode}>
                    {mode}
                  </MenuItem>
                ))}
              </TextField>
            )}
          />
        </>
      )}
    </Stack>
  );
}

const numberField = (value: string) => (value === '' ? Number.NaN : Number(value));

export function DeliveryFields({ form: { control, register, watch, formState } }: FormProps) {
  const { errors } = formState;
  const restricted = watch('restrictionEnabled');
  return (
    <Stack spacing={2}>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <TextField
          label="Max concurrent calls"
          type="number"
          {...register('maxActive', { setValueAs: numberField })}
          error={Boolean(errors.maxActive)}
          helperText={errors.maxActive?.message}
        />
        <TextField
          label="Attempts per number"
          type="number"
          {...register('maxAttempts', { setValueAs: numberField })}
          error={Boolean(errors.maxAttempts)}
          helperText={errors.maxAttempts?.message ?? '1 means no retries'}
        />
        <TextField
          label="Minutes between attempts"
          type="number"
          {...register('minutesBetweenAttempts', { setValueAs: numberField })}
          error={Boolean(errors.minutesBetweenAttempts)}
          helperText={errors.minutesBetweenAttempts?.message}
        />
      </Stack>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <Controller
          control={control}
          name="retryResults"
          render={({ field }) => (
            <TextField
              select
              label="Retry these results"
              fullWidth
              slotProps={{ select: { multiple: true } }}
              value={field.value}
              onChange={(event) => field.onChange(event.target.value)}
            >
              {RETRY_RESULTS.map((result) => (
                <MenuItem key={result} value={result}>
                  {CALL_RESULT_LABELS[result]}
                </MenuItem>
              ))}
            </TextField>
          )}
        />
        <Controller
          control={control}
          name="retryPhoneTypes"
          render={({ field }) => (
            <TextField
              select
              label="Retry phone types"
              fullWidth
              slotProps={{ select: { multiple: true } }}
              value={field.value}
              onChange={(event) => field.onChange(event.target.value)}
            >
              {PHONE_TYPES.map((type) => (
                <MenuItem key={type} value={type}>
                  {type}
                </MenuItem>
              ))}
            </TextField>
          )}
        />
      </Stack>
      <Typography variant="subtitle1" component="h3">
        Local time restriction
      </Typography>
      <Controller
        control={control}
        name="restrictionEnabled"
        render={({ field }) => (
          <FormControlLabel
            control={<Switch checked={field.value} onChange={(event) => field.onChange(event.target.checked)} />}
            label="Only call during these hours of each recipient's local time"
          />
        )}
      />
      {restricted && (
        <Stack direction="row" spacing={2}>
          <TextField
            label="Local time from"
            type="time"
            slotProps={{ inputLabel: { shrink: true } }}
            {...register('restrictionBegin')}
            error={Boolean(errors.restrictionBegin)}
            helperText={errors.restrictionBegin?.message}
          />
          <TextField
            label="Local time until"
            type="time"
            slotProps={{ inputLabel: { shrink: true } }}
            {...register('restrictionEnd')}
            error={Boolean(errors.restrictionEnd)}
            helperText={errors.restrictionEnd?.message}
          />
        </Stack>
      )}
      <Controller
        control={control}
        name="resumeNextDay"
        render={({ field }) => (
          <FormControlLabel
            control={<Switch checked={field.value} onChange={(event) => field.onChange(event.target.checked)} />}
            label="Resume the next day when a schedule's window closes with numbers left"
          />
        )}
      />
    </Stack>
  );
}

export function RecipientsField({ form: { register, watch, formState } }: FormProps) {
  const parsed = parsePhoneList(watch('recipients'));
  const error = formState.errors.recipients?.message;
  return (
    <TextField
      label="Phone numbers"
      multiline
      minRows={4}
      fullWidth
      {...register('recipients')}
      error={Boolean(error)}
      helperText={
        error ??
        `${parsed.numbers.length} numbers; one per line or separated by commas. More can be added later as batches.`
      }
    />
  );
}
