import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  LinearProgress,
  Link,
  MenuItem,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { Link as RouterLink } from 'react-router';
import type { UploadProgress } from '../../api/upload';
import { FileDropZone } from '../../components/FileDropZone';
import { FormTextField } from '../../components/form/FormTextField';
import { FormToggle } from '../../components/form/FormToggle';
import { useFormMutation } from '../../components/form/useFormMutation';
import { DataTable, type TableColumn } from '../../components/DataTable';
import { Page } from '../../components/Page';
import { UploadProgressBar } from '../../components/UploadProgressBar';
import { useUnsavedChangesWarning } from '../../lib/useUnsavedChangesWarning';
import { ContactsTabs } from './ContactsTabs';
import {
  applyMapping,
  CONTACT_FIELD_CHOICES,
  fileProblem,
  guessMapping,
  mappingProblems,
  previewCsv,
  type ColumnTarget,
  type CsvPreview,
} from './csvMapping';
import { ImportReport } from './ImportReport';
import { importFormSchema, uploadOf, type ImportFormValues } from './importForm';
import { contactListMutations, contactListQuery } from '../../api/resources/contactLists';
import { countLabel } from '../../lib/format';

interface Chosen {
  file: File;
  text: string;
  preview: CsvPreview;
}

function targetValue(target: ColumnTarget) {
  return target.kind === 'field' ? `field:${target.field}` : target.kind;
}

function ColumnMapping({
  chosen,
  mapping,
  onChange,
  problems,
}: {
  chosen: Chosen;
  mapping: ColumnTarget[];
  onChange: (mapping: ColumnTarget[]) => void;
  problems: Map<number, string>;
}) {
  const set = (index: number, target: ColumnTarget) =>
    onChange(mapping.map((old, at) => (at === index ? target : old)));
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <DataTable
        label="Columns and first rows"
        columns={chosen.preview.header.map((header, index): TableColumn<string[]> => {
          const target = mapping[index];
          const column = header || `Column ${index + 1}`;
          return {
            headerSx: { verticalAlign: 'top', minWidth: 190 },
            header: (
              <Stack spacing={1}>
                <Typography variant="subtitle2">{column}</Typography>
                <TextField
                  select
                  size="small"
                  label={`${column} goes to`}
                  value={targetValue(target)}
                  error={problems.has(index) && target.kind !== 'property'}
                  helperText={target.kind !== 'property' ? problems.get(index) : undefined}
                  onChange={(event) => {
                    const value = event.target.value;
                    if (value === 'ignore') set(index, { kind: 'ignore' });
                    else if (value === 'property') set(index, { kind: 'property', name: header.trim() });
                    else set(index, { kind: 'field', field: value.slice('field:'.length) });
                  }}
                >
                  {CONTACT_FIELD_CHOICES.map(([field, label]) => (
                    <MenuItem key={field} value={`field:${field}`}>
                      {label}
                    </MenuItem>
                  ))}
                  <MenuItem value="property">Custom property</MenuItem>
                  <MenuItem value="ignore">Leave out</MenuItem>
                </TextField>
                {target.kind === 'property' && (
                  <TextField
                    size="small"
                    label={`${column} property name`}
                    value={target.name}
                    error={problems.has(index)}
                    helperText={problems.get(index)}
                    onChange={(event) => set(index, { kind: 'property', name: event.target.value })}
                  />
                )}
              </Stack>
            ),
            cell: (row) => row[index] ?? '',
          };
        })}
        rows={chosen.preview.rows}
        rowKey={(_row, rowIndex) => rowIndex}
      />
    </Box>
  );
}

function Outcome({ listId }: { listId: number }) {
  const { data: list } = useQuery(contactListQuery(listId));
  if (!list) return <LinearProgress aria-label="Waiting for the list" />;
  return (
    <Stack spacing={2}>
      <ImportReport list={list} />
      <Box>
        <Link component={RouterLink} to={`/contacts/lists/${listId}`}>
          Open {list.name}
        </Link>
      </Box>
    </Stack>
  );
}

/**
 * Imports a CSV file as a new list: pick or drop the file, preview it, map its columns to contact
 * fields or custom properties, upload with progress, then follow the list until CallFire has read
 * every row, and show which rows were rejected and why.
 */
export function ImportListPage() {
  const [chosen, setChosen] = useState<Chosen>();
  const [fileError, setFileError] = useState<string>();
  const [progress, setProgress] = useState<UploadProgress>();
  const [listId, setListId] = useState<number>();
  const { control, handleSubmit, setError, reset, formState } = useForm<ImportFormValues>({
    resolver: zodResolver(importFormSchema),
    defaultValues: { name: '', useCustomFields: true, mapping: [] },
  });
  const mapping = useWatch({ control, name: 'mapping' });
  const upload = useFormMutation(contactListMutations.upload(), setError, { name: 'name' });
  const unsavedDialog = useUnsavedChangesWarning(chosen !== undefined && listId === undefined);

  const choose = async (file: File) => {
    setChosen(undefined);
    const problem = fileProblem(file);
    if (problem) return setFileError(problem);
    const text = await file.text();
    const preview = previewCsv(text);
    if (preview.header.length === 0) return setFileError('The file has no header row');
    setFileError(undefined);
    setChosen({ file, text, preview });
    reset({ name: file.name.replace(/\.[^.]*$/, ''), useCustomFields: true, mapping: guessMapping(preview.header) });
  };

  // Column problems show once the operator has tried to import; zod blocks the import meanwhile.
  const problems = formState.isSubmitted ? mappingProblems(mapping) : undefined;
  const start = handleSubmit((values) => {
    if (!chosen) return;
    const body = new Blob([applyMapping(chosen.text, values.mapping)], { type: 'text/csv' });
    setProgress({ loaded: 0, total: body.size });
    upload.mutate(
      { ...uploadOf(values), file: body, fileName: chosen.file.name, onProgress: setProgress },
      { onSuccess: setListId, onSettled: () => setProgress(undefined) },
    );
  });

  return (
    <Page title="Import contacts from CSV">
      <ContactsTabs />
      {unsavedDialog}
      <Stack spacing={3}>
        {listId !== undefined ? (
          <Card component="section" aria-label="Import result">
            <CardContent>
              <Outcome listId={listId} />
            </CardContent>
          </Card>
        ) : (
          <>
            <FileDropZone
              label="Choose CSV file"
              accept=".csv,text/csv"
              file={chosen?.file}
              onFile={(file) => void choose(file)}
              error={fileError ?? formState.errors.root?.server?.message}
              hint="The first row names the columns. Up to 20 MB."
              disabled={upload.isPending}
            />
            {chosen && (
              <Card component="section" aria-label="Columns">
                <CardContent>
                  <Typography variant="h6" component="h2">
                    {chosen.file.name}: {countLabel(chosen.preview.rowCount, 'row')}
                  </Typography>
                  <Typography variant="body2" sx={{ mb: 2, color: 'text.secondary' }}>
                    Choose where each column goes. The first rows are shown below the choices.
                  </Typography>
                  {problems?.overall && (
                    <Alert severity="error" sx={{ mb: 2 }}>
                      {problems.overall}
                    </Alert>
                  )}
                  <Controller
                    control={control}
                    name="mapping"
                    render={({ field }) => (
                      <ColumnMapping
                        chosen={chosen}
                        mapping={field.value}
                        onChange={field.onChange}
                        problems={problems?.columns ?? new Map()}
                      />
                    )}
                  />
                  <Stack component="form" noValidate onSubmit={start} spacing={2} sx={{ mt: 3, maxWidth: 480 }}>
                    <FormTextField control={control} name="name" label="List name" />
                    <FormToggle
                      control={control}
                      name="useCustomFields"
                      kind="checkbox"
                      label="Name custom properties after their columns (otherwise CallFire names them A, B, C…)"
                    />
                    {progress ? (
                      <UploadProgressBar progress={progress} />
                    ) : (
                      <Box>
                        <Button type="submit" variant="contained">
                          Import
                        </Button>
                      </Box>
                    )}
                  </Stack>
                </CardContent>
              </Card>
            )}
          </>
        )}
      </Stack>
    </Page>
  );
}
