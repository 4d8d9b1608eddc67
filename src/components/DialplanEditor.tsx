import { xml } from '@codemirror/lang-xml';
import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { EditorView } from '@codemirror/view';
import { Box, FormHelperText, Typography, useColorScheme } from '@mui/material';
import CodeMirror from '@uiw/react-codemirror';
import { useMemo } from 'react';
import { tags } from '@lezer/highlight';

// CodeMirror's default light colours are too pale for small text (WCAG AA); these keep 4.5:1 on white.
const lightHighlight = HighlightStyle.define([
  { tag: [tags.tagName, tags.angleBracket], color: '#0b3d91' },
  { tag: tags.attributeName, color: '#6a1b9a' },
  { tag: [tags.attributeValue, tags.string], color: '#a31515' },
  { tag: tags.comment, color: '#4d5b4d', fontStyle: 'italic' },
  { tag: tags.content, color: '#1f1f1f' },
]);

interface DialplanEditorProps {
  value: string;
  onChange: (value: string) => void;
  error?: string;
}

/** The IVR dialplan, edited as XML with highlighting; well-formedness is checked when the form is saved. */
export function DialplanEditor({ value, onChange, error }: DialplanEditorProps) {
  const { mode, systemMode } = useColorScheme();
  const dark = (mode === 'system' ? systemMode : mode) === 'dark';
  const extensions = useMemo(
    () => [
      xml(),
      ...(dark ? [] : [syntaxHighlighting(lightHighlight)]),
      EditorView.lineWrapping,
      EditorView.contentAttributes.of({ 'aria-label': 'Dialplan XML', 'aria-describedby': 'dialplan-help' }),
    ],
    [dark],
  );
  return (
    <Box>
      <Typography variant="subtitle1" component="h3" gutterBottom>
        Dialplan XML
      </Typography>
      <Box sx={{ border: 1, borderColor: error ? 'error.main' : 'divider', borderRadius: 1, overflow: 'hidden' }}>
        <CodeMirror
          value={value}
          onChange={onChange}
          extensions={extensions}
          theme={dark ? 'dark' : 'light'}
          minHeight="200px"
        />
      </Box>
      <FormHelperText id="dialplan-help" error={Boolean(error)}>
        {error ?? 'A <dialplan> document: <play>, <menu>, <keypress>, <transfer>, <record name="…"/>, <hangup/>.'}
      </FormHelperText>
    </Box>
  );
}
