import { zodResolver } from '@hookform/resolvers/zod';
import SearchIcon from '@mui/icons-material/Search';
import { Button, Stack } from '@mui/material';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { FormSelect } from '../../components/form/FormSelect';
import { FormTextField } from '../../components/form/FormTextField';
import { US_STATES } from '../../../shared/usAreaCodes';

const schema = z
  .object({
    state: z.string(),
    city: z.string().trim().max(100),
    zipcode: z.union([
      z
        .string()
        .trim()
        .regex(/^\d{5}$/, 'Five digits'),
      z.literal(''),
    ]),
    prefix: z.union([
      z
        .string()
        .trim()
        .regex(/^\d{4,7}$/, '4-7 digits: area code and exchange, with or without the 1'),
      z.literal(''),
    ]),
  })
  .refine((value) => Object.values(value).some(Boolean), {
    path: ['state'],
    message: 'Choose a state, or give a city, zip code or prefix',
  });

export type RegionFinderValues = z.infer<typeof schema>;

const STATE_OPTIONS = [
  { value: '', label: 'Any state' },
  ...US_STATES.map(({ code, name }) => ({ value: code, label: name })),
];

/** Where to look for local numbers: a state, city, zip code or number prefix, any combination. */
export function RegionFinder({
  initial,
  onSearch,
}: {
  initial: RegionFinderValues;
  onSearch: (values: RegionFinderValues) => void;
}) {
  const { control, handleSubmit } = useForm<RegionFinderValues>({
    resolver: zodResolver(schema),
    defaultValues: initial,
  });
  return (
    <Stack
      component="form"
      role="search"
      aria-label="Find a region"
      noValidate
      onSubmit={handleSubmit(onSearch)}
      direction={{ xs: 'column', md: 'row' }}
      spacing={2}
      sx={{ alignItems: { md: 'flex-start' } }}
    >
      <FormSelect
        control={control}
        name="state"
        label="State"
        options={STATE_OPTIONS}
        size="small"
        sx={{ minWidth: 180 }}
      />
      <FormTextField control={control} name="city" label="City" size="small" />
      <FormTextField control={control} name="zipcode" label="Zip code" size="small" sx={{ width: { md: 120 } }} />
      <FormTextField control={control} name="prefix" label="Number starts with" size="small" placeholder="1310" />
      <Button type="submit" variant="contained" startIcon={<SearchIcon />} sx={{ mt: { md: 0.25 } }}>
        Find regions
      </Button>
    </Stack>
  );
}
