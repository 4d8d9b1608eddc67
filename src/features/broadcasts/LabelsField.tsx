import { Autocomplete, Chip, TextField } from '@mui/material';
import { Controller, type Control } from 'react-hook-form';

/** A broadcast's labels, typed one at a time; any form holding `labels: string[]`. */
export function LabelsField<Form extends { labels: string[] }>({ control }: { control: Control<Form> }) {
  // react-hook-form's Control cannot express "a form with labels" generically.
  const labelsControl = control as unknown as Control<{ labels: string[] }>;
  return (
    <Controller
      control={labelsControl}
      name="labels"
      render={({ field, fieldState: { error } }) => (
        <Autocomplete
          multiple
          freeSolo
          options={[]}
          value={field.value}
          onChange={(_event, value) => field.onChange(value.map((label) => String(label).trim()).filter(Boolean))}
          renderValue={(value, getItemProps) =>
            value.map((label, index) => <Chip size="small" label={label} {...getItemProps({ index })} key={label} />)
          }
          renderInput={(params) => (
            <TextField
              {...params}
              label="Labels"
              helperText={error?.message ?? 'Type a label and press Enter'}
              error={Boolean(error)}
            />
          )}
        />
      )}
    />
  );
}
