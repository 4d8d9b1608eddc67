import { useQuery } from '@tanstack/react-query';
import type { Control, FieldPath, FieldValues } from 'react-hook-form';
import { callerIdsQuery } from '../api/resources/callerIds';
import { formatPhone } from '../lib/phone';
import { FormSelect } from './form/FormSelect';

/** The shared short code texts go out from unless the account picks one of its own numbers. */
export const SHARED_SHORT_CODE = '67076';

/** Picks the number texts go out from: the shared short code or one of the account's own numbers. */
export function TextSenderSelect<Form extends FieldValues>({
  control,
  name,
  label = 'From number',
}: {
  control: Control<Form>;
  name: FieldPath<Form>;
  label?: string;
}) {
  const { data: callerIds = [] } = useQuery(callerIdsQuery());
  const options = [
    { value: SHARED_SHORT_CODE, label: `Shared short code ${SHARED_SHORT_CODE}` },
    ...callerIds.map(({ phoneNumber }) => ({ value: phoneNumber!, label: formatPhone(phoneNumber) })),
  ];
  return <FormSelect control={control} name={name} label={label} options={options} fullWidth />;
}
