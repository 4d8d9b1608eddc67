import { xml } from '@codemirror/lang-xml';
import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { Decoration, EditorView } from '@codemirror/view';
import { Box, FormHelperText, Typography, useColorScheme } from '@mui/material';
import CodeMirror from '@uiw/react-codemirror';
import { useEffect, useMemo, useRef } from 'react';
import { problemPosition, type TextPosition } from '../lib/xml';
import { tags } from '@lezer/highlight';

// CodeMirror's default light colours are too pale for small text (WCAG AA); these keep 4.5:1 on white.
const lightHighlight = HighlightStyle.define([
  { tag: [tags.tagName, tags.angleBracket], color: '#0b3d91' },
  { tag: tags.attributeName, color: '#6a1b9a' },
  { tag: [tags.attributeValue, tags.string], color: '#a31515' },
  { tag: tags.comment, color: '#4d5b4d', fontStyle: 'italic' },
  { tag: tags.content, color: '#1f1f1f' },
]);

const errorLine = Decoration.line({ class: 'cm-dialplan-error-line' });
const errorLineTheme = EditorView.theme({
  '.cm-dialplan-error-line': {
    backgroundColor: 'rgba(211, 47, 47, 0.18)',
    outline: '1px solid rgba(211, 47, 47, 0.6)',
  },
});

/** Marks the line a problem names, when the document still has it. */
const markLine = (position: TextPosition | undefined) =>
  EditorView.decorations.compute(['doc'], (state) =>
    position && position.line <= state.doc.lines
      ? Decoration.set([errorLine.range(state.doc.line(position.line).from)])
      : Decoration.none,
  );

/** Puts the cursor where the problem is, scrolls the page to it and focuses the editor. */
function showProblem(view: EditorView, position: TextPosition | undefined) {
  if (position && position.line <= view.state.doc.lines) {
    const line = view.state.doc.line(position.line);
    const at = Math.min(line.from + Math.max(position.column - 1, 0), line.to);
    view.dispatch({ selection: { anchor: at }, scrollIntoView: true });
  }
  view.dom.scrollIntoView({ block: 'center' });
  view.focus();
}

interface DialplanEditorProps {
  value: string;
  onChange: (value: string) => void;
  error?: string;
  /** react-hook-form's field ref: a form focusing the field on an error focuses the editor. */
  inputRef?: (instance: { focus: () => void } | null) => void;
}

/**
 * The IVR dialplan, edited as XML with highlighting; well-formedness is checked when the form is
 * saved, and a problem's line is marked, with the cursor, focus and page taken there.
 */
export function DialplanEditor({ value, onChange, error, inputRef }: DialplanEditorProps) {
  const { mode, systemMode } = useColorScheme();
  const dark = (mode === 'system' ? systemMode : mode) === 'dark';
  const view = useRef<EditorView | null>(null);
  const position = problemPosition(error);
  const line = position?.line;
  const column = position?.column;
  const extensions = useMemo(
    () => [
      xml(),
      ...(dark ? [] : [syntaxHighlighting(lightHighlight)]),
      EditorView.lineWrapping,
      EditorView.contentAttributes.of({ 'aria-label': 'Dialplan XML', 'aria-describedby': 'dialplan-help' }),
      errorLineTheme,
      markLine(line === undefined || column === undefined ? undefined : { line, column }),
    ],
    [dark, line, column],
  );
  // A new problem with a place (from the console's check or from CallFire) is shown there at once.
  useEffect(() => {
    if (view.current && line !== undefined && column !== undefined) showProblem(view.current, { line, column });
  }, [line, column, error]);
  // The form may focus the field before this render shows its new problem: the latest known place is used.
  const latestPosition = useRef(position);
  useEffect(() => {
    latestPosition.current = position;
  });
  useEffect(() => {
    inputRef?.({ focus: () => view.current && showProblem(view.current, latestPosition.current) });
    return () => inputRef?.(null);
  }, [inputRef]);
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
          onCreateEditor={(created) => {
            view.current = created;
          }}
        />
      </Box>
      <FormHelperText id="dialplan-help" error={Boolean(error)}>
        {error ?? 'A <dialplan> document: <play>, <menu>, <keypress>, <transfer>, <record name="…"/>, <hangup/>.'}
      </FormHelperText>
    </Box>
  );
}
