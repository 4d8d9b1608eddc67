import { Checkbox, FormControlLabel, FormGroup, Skeleton, Typography } from '@mui/material';
import type { Schema } from '../../api/types';
import { formatPhone } from '../../lib/phone';
import { placeOf } from './numberLabels';

export type AvailableNumber = Schema<'Number'>;

/** Numbers for sale, each with a checkbox that puts it in (or takes it out of) the order. */
export function NumberChoices({
  label,
  search,
  chosen,
  onToggle,
}: {
  label: string;
  /** The query for the numbers on sale. */
  search: { data?: { items?: AvailableNumber[] }; isFetching: boolean };
  chosen: ReadonlyMap<string, AvailableNumber>;
  onToggle: (number: AvailableNumber, on: boolean) => void;
}) {
  const numbers = search.data?.items;
  if (search.isFetching && !numbers)
    return <Skeleton variant="rounded" height={160} role="status" aria-label="Loading numbers" />;
  if (!numbers?.length)
    return (
      <Typography variant="body2" color="text.secondary" role="status">
        No numbers for sale match; try another region or pattern.
      </Typography>
    );
  return (
    <FormGroup role="group" aria-label={label} sx={{ display: 'grid', gridTemplateColumns: { sm: '1fr 1fr' } }}>
      {numbers.map((number) => (
        <FormControlLabel
          key={number.number}
          label={`${formatPhone(number.number)}${number.tollFree ? ' · toll-free' : ` · ${placeOf(number.region)}`}`}
          control={
            <Checkbox
              checked={chosen.has(number.number!)}
              onChange={(event) => onToggle(number, event.target.checked)}
            />
          }
        />
      ))}
    </FormGroup>
  );
}
