import { Stack } from '@mui/material';
import { MediaLink } from './RecordLinks';

/** Media files attached to a text or broadcast, each by its name, linking to its page; "None" without any. */
export function MediaLinks({ media }: { media: { id?: number }[] | undefined }) {
  const ids = (media ?? []).flatMap(({ id }) => (id === undefined ? [] : [id]));
  if (!ids.length) return <>None</>;
  return (
    <Stack direction="row" spacing={1} component="span" useFlexGap sx={{ flexWrap: 'wrap' }}>
      {ids.map((id) => (
        <MediaLink key={id} id={id} />
      ))}
    </Stack>
  );
}
