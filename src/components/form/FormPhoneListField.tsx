import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { parsePhoneList } from '../../lib/phone';
import { PhoneListField } from '../PhoneListField';

/**
 * A pasted-numbers box bound to a react-hook-form text field; it counts what it read, and shows the
 * field's error (zod's `phoneListSchema`, or the server's) in place of the count.
 */
export function FormPhoneListField<Form extends FieldValues>({
  control,
  name,
  label,
  minRows,
}: {
  control: Control<Form>;
  name: FieldPath<Form>;
  label: string;
  minRows?: number;
}) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState: { error } }) => (
        <PhoneListField
          label={label}
          value={field.value ?? ''}
          parsed={parsePhoneList(field.value ?? '')}
          onChange={field.onChange}
          problem={error?.message}
          minRows={minRows}
        />
      )}
    />
  );
}
