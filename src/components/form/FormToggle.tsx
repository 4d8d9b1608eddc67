import { Checkbox, FormControlLabel, Switch } from '@mui/material';
import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';

/** A react-hook-form boolean field shown as a labelled checkbox or switch. */
export function FormToggle<Form extends FieldValues>({
  control,
  name,
  label,
  kind,
  disabled,
}: {
  control: Control<Form>;
  name: FieldPath<Form>;
  label: string;
  kind: 'checkbox' | 'switch';
  disabled?: boolean;
}) {
  const Toggle = kind === 'checkbox' ? Checkbox : Switch;
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <FormControlLabel
          label={label}
          disabled={disabled}
          control={
            <Toggle
              checked={Boolean(field.value)}
              onChange={(event) => field.onChange(event.target.checked)}
              onBlur={field.onBlur}
              slotProps={{ input: { ref: field.ref } }}
            />
          }
        />
      )}
    />
  );
}
