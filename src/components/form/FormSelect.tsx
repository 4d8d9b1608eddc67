import { MenuItem } from '@mui/material';
import type { FieldValues } from 'react-hook-form';
import { FormTextField, type FormTextFieldProps } from './FormTextField';

export interface SelectOption<Value extends string | number> {
  value: Value;
  label: string;
}

type FormSelectProps<Form extends FieldValues, Value extends string | number> = Omit<
  FormTextFieldProps<Form>,
  'select' | 'children'
> & {
  options: readonly SelectOption<Value>[];
};

/** A select bound to a react-hook-form field; options carry the names an operator reads. */
export function FormSelect<Form extends FieldValues, Value extends string | number>({
  options,
  ...props
}: FormSelectProps<Form, Value>) {
  return (
    <FormTextField {...props} select>
      {options.map((option) => (
        <MenuItem key={option.value} value={option.value}>
          {option.label}
        </MenuItem>
      ))}
    </FormTextField>
  );
}
