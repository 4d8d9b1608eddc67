import { Checkbox, Chip, FormControlLabel, Stack, TextField, Typography } from '@mui/material';
import { useQueries } from '@tanstack/react-query';
import { useDeferredValue } from 'react';
import { keywordAvailableQuery } from '../../api/resources/numbers';
import { keywordInputProblem, readKeywords } from './keywordInput';

/**
 * Checks keywords as the operator types (one isKeywordAvailable request per word, repeated words
 * asked once) and lets the available ones be chosen for an order.
 */
export function KeywordChecker({
  text,
  onTextChange,
  chosen,
  onToggle,
}: {
  text: string;
  onTextChange: (text: string) => void;
  chosen: ReadonlySet<string>;
  onToggle: (keyword: string, on: boolean) => void;
}) {
  const deferred = useDeferredValue(text);
  const input = readKeywords(deferred);
  const problem = keywordInputProblem(readKeywords(text));
  const answers = useQueries({ queries: input.keywords.map((keyword) => keywordAvailableQuery(keyword)) });
  return (
    <Stack spacing={2}>
      <TextField
        label="Keywords to check"
        value={text}
        onChange={(event) => onTextChange(event.target.value)}
        error={Boolean(problem)}
        helperText={problem ?? 'One or more words, separated by spaces or commas'}
        fullWidth
      />
      <Stack spacing={1} aria-live="polite" aria-label="Keyword availability">
        {input.keywords.map((keyword, index) => {
          const answer = answers[index];
          const available = answer?.data === true;
          const status = answer?.isError
            ? 'Could not check'
            : answer?.data === undefined
              ? 'Checking…'
              : available
                ? 'Available'
                : 'Taken';
          return (
            <Stack key={keyword} direction="row" spacing={2} sx={{ alignItems: 'center' }}>
              <FormControlLabel
                sx={{ minWidth: 200 }}
                label={keyword}
                control={
                  <Checkbox
                    checked={available && chosen.has(keyword)}
                    disabled={!available}
                    onChange={(event) => onToggle(keyword, event.target.checked)}
                  />
                }
              />
              <Chip
                size="small"
                label={status}
                color={available ? 'success' : answer?.data === false ? 'default' : 'info'}
                variant={available ? 'filled' : 'outlined'}
              />
            </Stack>
          );
        })}
        {input.keywords.length === 0 && (
          <Typography variant="body2" color="text.secondary">
            Type a keyword to see whether it can be bought.
          </Typography>
        )}
      </Stack>
    </Stack>
  );
}
