import {
  Checkbox,
  FormControl,
  FormControlLabel,
  FormGroup,
  FormHelperText,
  FormLabel,
  Radio,
  RadioGroup,
} from '@mui/material';
import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';

/**
 * A react-hook-form field chosen among a few options shown at once: one of them (radio buttons), or
 * with `multiple` an array of them (checkboxes; the chosen keep the options' order). The group is
 * named by `legend`, shown above it unless `hideLegend` (where the options speak for themselves).
 */
interface FormChoicesProps<Form extends FieldValues> {
  control: Control<Form>;
  name: FieldPath<Form>;
  legend: string;
  hideLegend?: boolean;
  options: readonly { value: string; label: string }[];
  multiple?: boolean;
  row?: boolean;
}

export function FormChoices<Form extends FieldValues>(props: FormChoicesProps<Form>) {
  const { legend, hideLegend, options, multiple, row } = props;
  return (
    <Controller
      control={props.control}
      name={props.name}
      render={({ field, fieldState }) => {
        const chosen: readonly string[] = multiple ? (field.value ?? []) : [];
        const toggle = (value: string, checked: boolean) =>
          field.onChange(
            options.map((option) => option.value).filter((each) => (each === value ? checked : chosen.includes(each))),
          );
        return (
          <FormControl
            component="fieldset"
            error={Boolean(fieldState.error)}
            aria-label={hideLegend ? legend : undefined}
          >
            {!hideLegend && <FormLabel component="legend">{legend}</FormLabel>}
            {multiple ? (
              <FormGroup row={row}>
                {options.map((option) => (
                  <FormControlLabel
                    key={option.value}
                    label={option.label}
                    control={
                      <Checkbox
                        checked={chosen.includes(option.value)}
                        onChange={(event) => toggle(option.value, event.target.checked)}
                      />
                    }
                  />
                ))}
              </FormGroup>
            ) : (
              <RadioGroup row={row} {...field}>
                {options.map((option) => (
                  <FormControlLabel key={option.value} value={option.value} control={<Radio />} label={option.label} />
                ))}
              </RadioGroup>
            )}
            {fieldState.error && <FormHelperText>{fieldState.error.message}</FormHelperText>}
          </FormControl>
        );
      }}
    />
  );
}
