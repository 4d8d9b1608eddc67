import { Stack, TextField } from '@mui/material';
import { useWatch, type UseFormReturn } from 'react-hook-form';
import { CallerIdSelect } from '../../components/CallerIdSelect';
import { MessageField } from '../../components/MessageField';
import { CALL_RESULT_LABELS } from '../../lib/callOutcomes';
import { parsePhoneList } from '../../lib/phone';
import { MACHINE_DETECTION, MACHINE_DETECTION_DETAIL, RETRY_PHONE_TYPE, type AmdMode } from '../../lib/vocabulary';
import { PHONE_TYPES, RETRY_RESULTS, type BroadcastFormValues } from './broadcastForm';
import { LazyDialplanEditor } from '../../components/LazyDialplanEditor';
import { FormBound } from '../../components/form/FormBound';
import { FormChoices } from '../../components/form/FormChoices';
import { FormSelect } from '../../components/form/FormSelect';
import { FormTextField } from '../../components/form/FormTextField';
import { LabelsField } from './LabelsField';
import { TimingFields } from './TimingFields';
import { countLabel } from '../../lib/format';

type FormProps = { form: UseFormReturn<BroadcastFormValues> };

export function GeneralFields({ form: { control } }: FormProps) {
  return (
    <Stack spacing={2}>
      <FormTextField control={control} name="name" label="Name" required />
      <LabelsField control={control} />
      <FormBound
        control={control}
        name="fromNumber"
        render={(bound) => <CallerIdSelect {...bound} noneLabel="Account default" />}
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

const AMD_OPTIONS = (Object.keys(MACHINE_DETECTION) as AmdMode[]).map((mode) => ({
  value: mode,
  label: MACHINE_DETECTION[mode],
}));

const TYPES = [
  { value: 'sounds', label: 'Sounds' },
  { value: 'ivr', label: 'IVR dialplan' },
];

const KEY_FIELDS = [
  ['transferDigit', 'Transfer key', 'Key a person presses to be transferred'],
  ['transferNumber', 'Transfer to number', undefined],
  ['dncDigit', 'Do-not-call key', 'Key a person presses to opt out'],
] as const;

export function MessageFields({ form }: FormProps) {
  const { control } = form;
  const [kind, amdMode] = useWatch({ control, name: ['kind', 'answeringMachineConfig'] });
  return (
    <Stack spacing={3}>
      <FormChoices control={control} name="kind" legend="Broadcast type" hideLegend options={TYPES} row />
      {kind === 'ivr' ? (
        <FormBound control={control} name="dialplanXml" render={(bound) => <LazyDialplanEditor {...bound} />} />
      ) : (
        <>
          {SOUND_FIELDS.map(([name, label, description]) => (
            <FormBound
              key={name}
              control={control}
              name={name}
              render={(bound) => <MessageField {...bound} label={label} description={description} />}
            />
          ))}
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
            {KEY_FIELDS.map(([name, label, hint]) => (
              <FormTextField key={name} control={control} name={name} label={label} helperText={hint} />
            ))}
          </Stack>
          <FormSelect
            control={control}
            name="answeringMachineConfig"
            label="Answering machine detection"
            options={AMD_OPTIONS}
            helperText={MACHINE_DETECTION_DETAIL[amdMode]}
          />
        </>
      )}
    </Stack>
  );
}

const numberField = (value: string) => (value === '' ? Number.NaN : Number(value));

const NUMBER_FIELDS = [
  ['maxActive', 'Max concurrent calls', undefined],
  ['maxAttempts', 'Attempts per number', '1 means no retries'],
  ['minutesBetweenAttempts', 'Minutes between attempts', undefined],
] as const;

const RETRY_RESULT_OPTIONS = RETRY_RESULTS.map((result) => ({ value: result, label: CALL_RESULT_LABELS[result] }));
const PHONE_TYPE_OPTIONS = PHONE_TYPES.map((type) => ({ value: type, label: RETRY_PHONE_TYPE[type] }));

const RETRY_SELECTS = [
  { name: 'retryResults', label: 'Retry these results', options: RETRY_RESULT_OPTIONS },
  { name: 'retryPhoneTypes', label: 'Retry phone types', options: PHONE_TYPE_OPTIONS },
] as const;

export function DeliveryFields({ form: { control, register, formState } }: FormProps) {
  const { errors } = formState;
  return (
    <Stack spacing={2}>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        {NUMBER_FIELDS.map(([name, label, hint]) => (
          <TextField
            key={name}
            label={label}
            type="number"
            {...register(name, { setValueAs: numberField })}
            error={Boolean(errors[name])}
            helperText={errors[name]?.message ?? hint}
          />
        ))}
      </Stack>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        {RETRY_SELECTS.map(({ name, label, options }) => (
          <FormSelect
            key={name}
            control={control}
            name={name}
            label={label}
            fullWidth
            slotProps={{ select: { multiple: true } }}
            options={options}
          />
        ))}
      </Stack>
      <TimingFields control={control} verb="call" />
    </Stack>
  );
}

export function RecipientsField({ form: { control } }: FormProps) {
  const parsed = parsePhoneList(useWatch({ control, name: 'recipients' }));
  return (
    <FormTextField
      control={control}
      name="recipients"
      label="Phone numbers"
      multiline
      minRows={4}
      fullWidth
      helperText={`${countLabel(parsed.numbers.length, 'number')}; one per line or separated by commas. More can be added later as batches.`}
    />
  );
}
