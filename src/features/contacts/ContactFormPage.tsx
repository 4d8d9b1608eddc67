import { zodResolver } from '@hookform/resolvers/zod';
import AddIcon from '@mui/icons-material/Add';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import { Alert, Box, Button, IconButton, Stack, TextField } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import { useFieldArray, useForm, type UseFormRegister, type FieldErrors } from 'react-hook-form';
import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import { Page } from '../../components/Page';
import { PageSkeleton } from '../../components/PageSkeleton';
import { applyServerError } from '../../lib/serverFieldErrors';
import { useUnsavedChangesWarning } from '../../lib/useUnsavedChangesWarning';
import {
  CONTACT_FORM_FIELDS,
  contactFormSchema,
  contactToForm,
  formToContact,
  PHONE_FIELDS,
  TEXT_FIELDS,
  type ContactFormValues,
} from './contactForm';
import { useCreateContact, useUpdateContact } from './contactMutations';
import { contactName } from './contactFormat';
import { Section } from '../../components/Section';
import { contactQuery, type Contact } from './contactQueries';

function Fields({
  fields,
  register,
  errors,
}: {
  fields: readonly (readonly [keyof ContactFormValues & string, string])[];
  register: UseFormRegister<ContactFormValues>;
  errors: FieldErrors<ContactFormValues>;
}) {
  return (
    <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { sm: '1fr 1fr' } }}>
      {fields.map(([field, label]) => {
        const error = errors[field] as { message?: string } | undefined;
        return (
          <TextField
            key={field}
            label={label}
            {...register(field as never)}
            error={Boolean(error)}
            helperText={error?.message}
            slotProps={
              field.endsWith('Phone') || field.startsWith('extraPhone')
                ? { htmlInput: { inputMode: 'tel' } }
                : undefined
            }
          />
        );
      })}
    </Box>
  );
}

/** Create (no contact) or edit (a contact) form; `onSaved` receives the contact's id. */
function ContactForm({ contact, onSaved }: { contact?: Contact; onSaved: (id: number) => void }) {
  const create = useCreateContact();
  const update = useUpdateContact(contact?.id ?? 0);
  const [savedId, setSavedId] = useState<number>();
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors, isDirty, isSubmitting },
  } = useForm<ContactFormValues>({ resolver: zodResolver(contactFormSchema), defaultValues: contactToForm(contact) });
  const properties = useFieldArray({ control, name: 'properties' });
  // Leaving is only blocked while there are unsaved edits; once saved, the page moves on by itself.
  const unsavedDialog = useUnsavedChangesWarning(isDirty && savedId === undefined);
  useEffect(() => {
    if (savedId !== undefined) onSaved(savedId);
  }, [savedId, onSaved]);

  const submit = handleSubmit(async (values) => {
    try {
      const body = formToContact(values);
      if (contact?.id) {
        await update.mutateAsync(body);
        setSavedId(contact.id);
      } else {
        const id = await create.mutateAsync(body);
        if (id !== undefined) setSavedId(id);
      }
    } catch (error) {
      applyServerError(error, setError, [...CONTACT_FORM_FIELDS, 'properties']);
    }
  });

  return (
    <Box component="form" noValidate onSubmit={submit} aria-label={contact ? 'Edit contact' : 'New contact'}>
      {unsavedDialog}
      <Stack spacing={3}>
        {errors.root?.server && <Alert severity="error">{errors.root.server.message}</Alert>}
        <Section title="Name and ids">
          <Fields fields={TEXT_FIELDS} register={register} errors={errors} />
        </Section>
        <Section title="Phone numbers">
          <Fields fields={PHONE_FIELDS} register={register} errors={errors} />
        </Section>
        <Section title="Custom properties">
          {errors.properties?.message && <Alert severity="error">{errors.properties.message}</Alert>}
          <Stack spacing={2}>
            {properties.fields.map((property, index) => (
              <Stack key={property.id} direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
                <TextField
                  label={`Property ${index + 1} name`}
                  {...register(`properties.${index}.name`)}
                  error={Boolean(errors.properties?.[index]?.name)}
                  helperText={errors.properties?.[index]?.name?.message}
                  sx={{ flex: 1 }}
                />
                <TextField
                  label={`Property ${index + 1} value`}
                  {...register(`properties.${index}.value`)}
                  error={Boolean(errors.properties?.[index]?.value)}
                  helperText={errors.properties?.[index]?.value?.message}
                  sx={{ flex: 2 }}
                />
                <IconButton aria-label={`Remove property ${index + 1}`} onClick={() => properties.remove(index)}>
                  <DeleteOutlineIcon />
                </IconButton>
              </Stack>
            ))}
            <Box>
              <Button startIcon={<AddIcon />} onClick={() => properties.append({ name: '', value: '' })}>
                Add property
              </Button>
            </Box>
          </Stack>
        </Section>
        <Stack direction="row" spacing={1}>
          <Button type="submit" variant="contained" disabled={isSubmitting}>
            {contact ? 'Save changes' : 'Create contact'}
          </Button>
          <Button component={RouterLink} to={contact ? `/contacts/${contact.id}` : '/contacts'}>
            Cancel
          </Button>
        </Stack>
      </Stack>
    </Box>
  );
}

export function NewContactPage() {
  const navigate = useNavigate();
  const showContact = useCallback((id: number) => void navigate(`/contacts/${id}`), [navigate]);
  return (
    <Page title="New contact">
      <ContactForm onSaved={showContact} />
    </Page>
  );
}

export function EditContactPage() {
  const id = Number(useParams().id);
  const navigate = useNavigate();
  const showContact = useCallback((savedId: number) => void navigate(`/contacts/${savedId}`), [navigate]);
  const { data: contact } = useQuery(contactQuery(id));
  if (!contact) return <PageSkeleton />;
  return (
    <Page title={`Edit ${contactName(contact)}`}>
      <ContactForm contact={contact} onSaved={showContact} />
    </Page>
  );
}
