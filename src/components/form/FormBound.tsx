import type { ReactElement } from 'react';
import {
  Controller,
  type Control,
  type FieldPath,
  type FieldPathValue,
  type FieldValues,
  type RefCallBack,
} from 'react-hook-form';

/** What a bound control gets: the field's value, a setter, its error message, and a ref to focus it. */
export interface BoundField<Value> {
  value: Value;
  onChange: (value: Value) => void;
  error: string | undefined;
  inputRef: RefCallBack;
}

/**
 * Binds a control that takes `value`, `onChange(value)` and `error` (a caller id select, a message
 * editor, the dialplan editor) to a react-hook-form field, with zod's or the server's error.
 */
export function FormBound<Form extends FieldValues, Name extends FieldPath<Form>>({
  control,
  name,
  render,
}: {
  control: Control<Form>;
  name: Name;
  render: (bound: BoundField<FieldPathValue<Form, Name>>) => ReactElement;
}) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) =>
        render({ value: field.value, onChange: field.onChange, error: fieldState.error?.message, inputRef: field.ref })
      }
    />
  );
}
