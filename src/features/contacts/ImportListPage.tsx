import UploadFileIcon from '@mui/icons-material/UploadFile';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Checkbox,
  FormControlLabel,
  LinearProgress,
  Link,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useQuery, useMutation } from '@tanstack/react-query';
import { useState, type DragEvent } from 'react';
import { Link as RouterLink } from 'react-router';
import { ApiError, errorMessage } from '../../api/ApiError';
import type { UploadProgress } from '../../api/upload';
import { Page } from '../../components/Page';
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
import { listNameSchema } from './listName';
import { contactListMutations, contactListQuery } from '../../api/resources/contactLists';

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
      <Table size="small" aria-label="Columns and first rows">
        <TableHead>
          <TableRow>
            {chosen.preview.header.map((header, index) => {
              const target = mapping[index];
              const column = header || `Column ${index + 1}`;
              return (
                <TableCell key={index} sx={{ verticalAlign: 'top', minWidth: 190 }}>
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
                </TableCell>
              );
            })}
          </TableRow>
        </TableHead>
        <TableBody>
          {chosen.preview.rows.map((row, rowIndex) => (
            <TableRow key={rowIndex}>
              {chosen.preview.header.map((_, index) => (
                <TableCell key={index}>{row[index] ?? ''}</TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
}

function FilePicker({ error, onFile }: { error?: string; onFile: (file: File) => void }) {
  const [over, setOver] = useState(false);
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file) onFile(file);
  };
  return (
    <Box
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
      sx={{
        border: 2,
        borderStyle: 'dashed',
        borderColor: error ? 'error.main' : over ? 'primary.main' : 'divider',
        borderRadius: 2,
        p: 4,
        textAlign: 'center',
      }}
    >
      <Typography sx={{ mb: 2 }}>Drop a CSV file here, or</Typography>
      <Button variant="outlined" component="label" startIcon={<UploadFileIcon />}>
        Choose CSV file
        <input
          hidden
          type="file"
          accept=".csv,text/csv"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) onFile(file);
            event.target.value = '';
          }}
        />
      </Button>
      <Typography variant="body2" sx={{ mt: 2, color: 'text.secondary' }}>
        The first row names the columns. Up to 20 MB.
      </Typography>
      {error && (
        <Alert severity="error" sx={{ mt: 2, textAlign: 'left' }}>
          {error}
        </Alert>
      )}
    </Box>
  );
}

function Progress({ label, progress }: { label: string; progress?: UploadProgress }) {
  const percent = progress ? Math.round((progress.loaded / progress.total) * 100) : undefined;
  return (
    <Box>
      <Typography id="upload-progress-label">
        {label}
        {percent !== undefined ? `: ${percent}%` : '…'}
      </Typography>
      <LinearProgress
        variant={percent === undefined ? 'indeterminate' : 'determinate'}
        value={percent}
        aria-labelledby="upload-progress-label"
      />
    </Box>
  );
}

function Outcome({ listId }: { listId: number }) {
  const { data: list } = useQuery(contactListQuery(listId));
  if (!list) return <Progress label="Waiting for the list" />;
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
  const [mapping, setMapping] = useState<ColumnTarget[]>([]);
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string>();
  const [useCustomFields, setUseCustomFields] = useState(true);
  const [progress, setProgress] = useState<UploadProgress>();
  const [listId, setListId] = useState<number>();
  const [showProblems, setShowProblems] = useState(false);
  const upload = useMutation({
    ...contactListMutations.upload(),
    meta: { ...contactListMutations.upload().meta, notifyOnError: false },
  });
  const unsavedDialog = useUnsavedChangesWarning(chosen !== undefined && listId === undefined);

  const choose = async (file: File) => {
    setChosen(undefined);
    setShowProblems(false);
    const problem = fileProblem(file);
    if (problem) return setFileError(problem);
    const text = await file.text();
    const preview = previewCsv(text);
    if (preview.header.length === 0) return setFileError('The file has no header row');
    setFileError(undefined);
    setChosen({ file, text, preview });
    setMapping(guessMapping(preview.header));
    setName(file.name.replace(/\.[^.]*$/, ''));
  };

  const problems = mappingProblems(mapping);
  const start = async () => {
    setShowProblems(true);
    const parsedName = listNameSchema.safeParse(name);
    setNameError(parsedName.success ? undefined : parsedName.error.issues[0].message);
    if (!chosen || !parsedName.success || problems.overall || problems.columns.size > 0) return;
    const body = new Blob([applyMapping(chosen.text, mapping)], { type: 'text/csv' });
    setProgress({ loaded: 0, total: body.size });
    upload.mutate(
      { file: body, fileName: chosen.file.name, name: parsedName.data, useCustomFields, onProgress: setProgress },
      {
        onSuccess: setListId,
        onError: (error) => {
          if (error instanceof ApiError && error.fieldPath === 'name') setNameError(error.message);
          else setFileError(errorMessage(error));
        },
        onSettled: () => setProgress(undefined),
      },
    );
  };

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
            <FilePicker error={fileError} onFile={(file) => void choose(file)} />
            {chosen && (
              <Card component="section" aria-label="Columns">
                <CardContent>
                  <Typography variant="h6" component="h2">
                    {chosen.file.name}: {chosen.preview.rowCount.toLocaleString()} rows
                  </Typography>
                  <Typography variant="body2" sx={{ mb: 2, color: 'text.secondary' }}>
                    Choose where each column goes. The first rows are shown below the choices.
                  </Typography>
                  {showProblems && problems.overall && (
                    <Alert severity="error" sx={{ mb: 2 }}>
                      {problems.overall}
                    </Alert>
                  )}
                  <ColumnMapping
                    chosen={chosen}
                    mapping={mapping}
                    onChange={setMapping}
                    problems={showProblems ? problems.columns : new Map()}
                  />
                  <Stack spacing={2} sx={{ mt: 3, maxWidth: 480 }}>
                    <TextField
                      label="List name"
                      value={name}
                      onChange={(event) => setName(event.target.value)}
                      error={Boolean(nameError)}
                      helperText={nameError}
                    />
                    <FormControlLabel
                      control={
                        <Checkbox
                          checked={useCustomFields}
                          onChange={(event) => setUseCustomFields(event.target.checked)}
                        />
                      }
                      label="Name custom properties after their columns (otherwise CallFire names them A, B, C…)"
                    />
                    {progress ? (
                      <Progress label="Uploading" progress={progress} />
                    ) : (
                      <Box>
                        <Button variant="contained" onClick={() => void start()}>
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
