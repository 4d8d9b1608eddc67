import { FormControlLabel, MenuItem, Radio, RadioGroup, Stack, TextField } from '@mui/material';
import { Controller, type UseFormReturn } from 'react-hook-form';
import { CallerIdSelect } from '../../components/CallerIdSelect';
import { MessageField } from '../../components/MessageField';
import { CALL_RESULT_LABELS } from '../../lib/callOutcomes';
import { parsePhoneList } from '../../lib/phone';
import { MACHINE_DETECTION, MACHINE_DETECTION_DETAIL, RETRY_PHONE_TYPE, type AmdMode } from '../../lib/vocabulary';
import { PHONE_TYPES, RETRY_RESULTS, type BroadcastFormValues } from './broadcastForm';
import { DialplanEditor } from '../../components/DialplanEditor';
import { LabelsField } from './LabelsField';
import { TimingFields } from './TimingFields';
import { countLabel } from '../../lib/format';

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
      <LabelsField control={control} />
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
            <DialplanEditor
              value={field.value}
              onChange={field.onChange}
              error={errors.dialplanXml?.message}
              inputRef={field.ref}
            />
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
                helperText={MACHINE_DETECTION_DETAIL[field.value as AmdMode]}
              >
                {(Object.keys(MACHINE_DETECTION) as AmdMode[]).map((mode) => (
                  <MenuItem key={mode} value={mode}>
                    {MACHINE_DETECTION[mode]}
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

export function DeliveryFields({ form: { control, register, formState } }: FormProps) {
  const { errors } = formState;
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
                  {RETRY_PHONE_TYPE[type]}
                </MenuItem>
              ))}
            </TextField>
          )}
        />
      </Stack>
      <TimingFields control={control} verb="call" />
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
        `${countLabel(parsed.numbers.length, 'number')}; one per line or separated by commas. More can be added later as batches.`
      }
    />
  );
}
