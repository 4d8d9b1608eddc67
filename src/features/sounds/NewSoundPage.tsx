import { Box, Card, CardContent, Tab, Tabs } from '@mui/material';
import { useSearchParams } from 'react-router';
import { Page } from '../../components/Page';
import { RecordSoundForm } from './RecordSoundForm';
import { TtsSoundForm } from './TtsSoundForm';
import { UploadSoundForm } from './UploadSoundForm';

const METHODS = {
  upload: { label: 'Upload a file', Form: UploadSoundForm },
  tts: { label: 'Text to speech', Form: TtsSoundForm },
  phone: { label: 'Record by phone', Form: RecordSoundForm },
} as const;
type Method = keyof typeof METHODS;
const isMethod = (value: string | null): value is Method => value !== null && value in METHODS;

/** Adds a sound one of three ways; the chosen way is in the address (`?method=tts`). */
export function NewSoundPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const requested = searchParams.get('method');
  const method: Method = isMethod(requested) ? requested : 'upload';
  const { Form } = METHODS[method];
  return (
    <Page title="Add a sound">
      <Card>
        <Tabs
          value={method}
          onChange={(_event, value: Method) => setSearchParams({ method: value }, { replace: true })}
          aria-label="How to add the sound"
          variant="scrollable"
        >
          {Object.entries(METHODS).map(([value, { label }]) => (
            <Tab key={value} value={value} label={label} id={`method-${value}`} aria-controls="method-panel" />
          ))}
        </Tabs>
        <CardContent>
          <Box role="tabpanel" id="method-panel" aria-labelledby={`method-${method}`} sx={{ maxWidth: 720 }}>
            <Form />
          </Box>
        </CardContent>
      </Card>
    </Page>
  );
}
