import { MenuItem, TextField, type TextFieldProps } from '@mui/material';
import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';

export interface SelectOption<Value extends string | number> {
  value: Value;
  label: string;
}

type FormSelectProps<Form extends FieldValues, Value extends string | number> = Omit<
  TextFieldProps,
  'name' | 'value' | 'onChange' | 'error' | 'select'
> & {
  control: Control<Form>;
  name: FieldPath<Form>;
  options: readonly SelectOption<Value>[];
};

/** A select bound to a react-hook-form field; options carry the names an operator reads. */
export function FormSelect<Form extends FieldValues, Value extends string | number>({
  control,
  name,
  options,
  helperText,
  ...props
}: FormSelectProps<Form, Value>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field: { ref, value, ...field }, fieldState: { error } }) => (
        <TextField
          {...props}
          {...field}
          select
          value={value ?? ''}
          inputRef={ref}
          error={Boolean(error)}
          helperText={error?.message ?? helperText}
        >
          {options.map((option) => (
            <MenuItem key={option.value} value={option.value}>
              {option.label}
            </MenuItem>
          ))}
        </TextField>
      )}
    />
  );
}
