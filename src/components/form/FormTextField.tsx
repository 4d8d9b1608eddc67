import { TextField, type TextFieldProps } from '@mui/material';
import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';

export type FormTextFieldProps<Form extends FieldValues> = Omit<
  TextFieldProps,
  'name' | 'value' | 'onChange' | 'error'
> & {
  control: Control<Form>;
  name: FieldPath<Form>;
};

/**
 * A text field bound to a react-hook-form field: its value, and its error (zod's or the server's) as
 * helper text. With `select` and options as children it is a select (see `FormSelect`).
 */
export function FormTextField<Form extends FieldValues>({
  control,
  name,
  helperText,
  ...props
}: FormTextFieldProps<Form>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field: { ref, value, ...field }, fieldState: { error } }) => (
        <TextField
          {...props}
          {...field}
          value={value ?? ''}
          inputRef={ref}
          error={Boolean(error)}
          helperText={error?.message ?? helperText}
        />
      )}
    />
  );
}
