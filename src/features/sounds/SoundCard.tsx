import GraphicEqIcon from '@mui/icons-material/GraphicEq';
import { Box, Button, Card, CardContent, Link, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { WaveformPlayer } from '../../components/WaveformPlayer';
import { formatDateTime } from '../../lib/format';
import { SoundStatusChip } from './SoundStatusChip';
import { type CampaignSound, soundAudioUrl } from '../../api/resources/sounds';
import { formatSoundLength } from '../../lib/soundLabels';

/** One sound of the library; an ACTIVE sound opens its player in place. */
export function SoundCard({ sound }: { sound: CampaignSound }) {
  const [listening, setListening] = useState(false);
  const name = sound.name ?? `Sound ${sound.id}`;
  const playable = sound.status === 'ACTIVE' || sound.status === 'ACTIVE_SYSTEM';
  return (
    <Card component="li" variant="outlined" aria-label={name} sx={{ listStyle: 'none' }}>
      <CardContent sx={{ '&:last-child': { pb: 2 } }}>
        <Stack direction={{ xs: 'column', sm: 'row' }} sx={{ gap: 2, alignItems: { sm: 'center' } }}>
          <Box sx={{ flex: 1, minWidth: 0 }}>
            <Link component={RouterLink} to={`/sounds/${sound.id}`} variant="subtitle1" sx={{ fontWeight: 600 }}>
              {name}
            </Link>
            <Typography variant="body2" color="text.secondary">
              {formatSoundLength(sound.lengthInSeconds)} · added {formatDateTime(sound.created)}
            </Typography>
          </Box>
          <SoundStatusChip status={sound.status} />
          {playable && (
            <Button
              size="small"
              startIcon={<GraphicEqIcon />}
              aria-expanded={listening}
              aria-label={`${listening ? 'Hide' : 'Show'} player for ${name}`}
              onClick={() => setListening(!listening)}
            >
              {listening ? 'Hide player' : 'Listen'}
            </Button>
          )}
        </Stack>
        {listening && (
          <Box sx={{ mt: 2 }}>
            <WaveformPlayer src={soundAudioUrl(sound.id!, 'mp3')} title={name} downloadName={`${name}.mp3`} />
          </Box>
        )}
      </CardContent>
    </Card>
  );
}
