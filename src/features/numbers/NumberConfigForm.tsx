import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, FormControlLabel, Radio, RadioGroup, Stack } from '@mui/material';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { numberMutations, type NumberConfig } from '../../api/resources/numbers';
import { LazyDialplanEditor } from '../../components/LazyDialplanEditor';
import { useFormMutation } from '../../components/form/useFormMutation';
import { useConfirm } from '../../components/useConfirm';
import { notify } from '../../lib/notifications';
import { formatPhone } from '../../lib/phone';
import { xmlProblem } from '../../lib/xml';
import { CallTrackingFields } from './CallTrackingFields';
import { NUMBER_CONFIG_TYPE } from '../../lib/vocabulary';
import { configFormValues, configOf, numberConfigSchema, type NumberConfigValues } from './numberConfigForm';

/** Where CallFire's complaints about a configuration are shown. */
const SERVER_FIELDS = {
  'ivrInboundConfig.dialplanXml': 'dialplanXml',
  ivrInboundConfig: 'dialplanXml',
  'callTrackingConfig.transferNumbers': 'transferNumbers',
  'callTrackingConfig.introSoundId': 'introSoundId',
  'callTrackingConfig.whisperSoundId': 'whisperSoundId',
  'callTrackingConfig.voicemailSoundId': 'voicemailSoundId',
  'callTrackingConfig.failedTransferSoundId': 'failedTransferSoundId',
  'callTrackingConfig.weeklySchedule.stopTimeOfDay': 'stopTime',
  'callTrackingConfig.weeklySchedule': 'timeZone',
  'callTrackingConfig.googleAnalytics': 'analyticsAccountId',
} as const;

/**
 * How a number answers inbound calls: an IVR dialplan or call tracking. CallFire keeps one of the
 * two, so switching warns that saving replaces the other.
 */
export function NumberConfigForm({ number, config }: { number: string; config: NumberConfig }) {
  const saved = config.configType;
  const { control, handleSubmit, setError, setValue, reset, formState } = useForm<NumberConfigValues>({
    resolver: zodResolver(numberConfigSchema),
    defaultValues: configFormValues(config),
  });
  const [confirm, confirmDialog] = useConfirm();
  const save = useFormMutation(numberMutations.updateConfig(number), setError, SERVER_FIELDS);
  const configType = useWatch({ control, name: 'configType' });

  const chooseType = async (next: NumberConfigValues['configType']) => {
    if (saved && next !== saved) {
      const confirmed = await confirm({
        title: `Make ${formatPhone(number)} ${next === 'IVR' ? 'an IVR' : 'a call-tracking number'}?`,
        message: `Its ${NUMBER_CONFIG_TYPE[saved]} settings are replaced when you save; until then nothing changes.`,
        confirmLabel: `Switch to ${NUMBER_CONFIG_TYPE[next]}`,
      });
      if (!confirmed) return;
    }
    setValue('configType', next, { shouldDirty: true });
  };

  const onSubmit = handleSubmit((values) => {
    if (values.configType === 'IVR') {
      const problem = xmlProblem(values.dialplanXml);
      if (problem) return setError('dialplanXml', { type: 'xml', message: problem }, { shouldFocus: true });
    }
    save.mutate(configOf(values, config), {
      onSuccess: () => {
        reset(values);
        notify(`${formatPhone(number)} now answers with ${NUMBER_CONFIG_TYPE[values.configType]}`, 'success');
      },
    });
  });

  return (
    <Stack component="form" noValidate onSubmit={onSubmit} spacing={3} aria-label="Inbound call settings">
      <RadioGroup
        row
        aria-label="Answer inbound calls with"
        value={configType}
        onChange={(event) => void chooseType(event.target.value as NumberConfigValues['configType'])}
      >
        <FormControlLabel value="TRACKING" control={<Radio />} label="Call tracking" />
        <FormControlLabel value="IVR" control={<Radio />} label="IVR" />
      </RadioGroup>
      {saved && configType !== saved && (
        <Alert severity="warning">
          Saving replaces this number&apos;s {NUMBER_CONFIG_TYPE[saved]} settings with {NUMBER_CONFIG_TYPE[configType]}.
        </Alert>
      )}
      {!saved && <Alert severity="info">This number has no inbound call settings yet.</Alert>}
      {configType === 'IVR' ? (
        <Controller
          control={control}
          name="dialplanXml"
          render={({ field, fieldState }) => (
            <LazyDialplanEditor
              value={field.value}
              onChange={field.onChange}
              error={fieldState.error?.message}
              inputRef={field.ref}
            />
          )}
        />
      ) : (
        <CallTrackingFields control={control} />
      )}
      {formState.errors.root?.server && <Alert severity="error">{formState.errors.root.server.message}</Alert>}
      <Stack direction="row" spacing={1}>
        <Button type="submit" variant="contained" disabled={save.isPending}>
          Save inbound settings
        </Button>
        <Button disabled={!formState.isDirty || save.isPending} onClick={() => reset(configFormValues(config))}>
          Discard changes
        </Button>
      </Stack>
      {confirmDialog}
    </Stack>
  );
}
