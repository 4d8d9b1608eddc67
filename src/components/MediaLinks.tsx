import { Link, Stack } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Link as RouterLink } from 'react-router';
import { mediaQuery } from '../api/resources/media';

function MediaLink({ id }: { id: number }) {
  const { data: media } = useQuery({ ...mediaQuery(id), refetchInterval: false });
  return (
    <Link component={RouterLink} to={`/sounds/media/${id}`}>
      {media?.name || `Media file ${id}`}
    </Link>
  );
}

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
