import { zodResolver } from '@hookform/resolvers/zod';
import AddIcon from '@mui/icons-material/Add';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import { Alert, Box, Button, IconButton, Stack } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useFieldArray, useForm, type Control } from 'react-hook-form';
import { Link as RouterLink, useParams } from 'react-router';
import { Page } from '../../components/Page';
import { PageSkeleton } from '../../components/PageSkeleton';
import { FormTextField } from '../../components/form/FormTextField';
import { useFormMutation } from '../../components/form/useFormMutation';
import { useOpenWhenCreated } from '../../lib/useOpenWhenCreated';
import {
  CONTACT_FORM_FIELDS,
  contactFormSchema,
  contactToForm,
  formToContact,
  type ContactFormValues,
} from './contactForm';
import { PHONE_FIELDS, TEXT_FIELDS } from './contactFields';
import { contactName } from './contactFormat';
import { Section } from '../../components/Section';
import { type Contact, contactMutations, contactQuery } from '../../api/resources/contacts';

function Fields({
  fields,
  control,
}: {
  fields: readonly (readonly [keyof ContactFormValues & string, string])[];
  control: Control<ContactFormValues>;
}) {
  return (
    <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { sm: '1fr 1fr' } }}>
      {fields.map(([field, label]) => (
        <FormTextField
          key={field}
          control={control}
          name={field}
          label={label}
          slotProps={
            field.endsWith('Phone') || field.startsWith('extraPhone') ? { htmlInput: { inputMode: 'tel' } } : undefined
          }
        />
      ))}
    </Box>
  );
}

/** A custom property's two fields, the value wider than the name. */
const PROPERTY_PARTS = [
  ['name', 1],
  ['value', 2],
] as const;

const SERVER_FIELDS = [...CONTACT_FORM_FIELDS, 'properties'] as const;

/** Create (no contact) or edit (a contact) form; once saved it opens the contact's page. */
function ContactForm({ contact }: { contact?: Contact }) {
  const {
    control,
    handleSubmit,
    setError,
    formState: { errors, isDirty },
  } = useForm<ContactFormValues>({ resolver: zodResolver(contactFormSchema), defaultValues: contactToForm(contact) });
  const create = useFormMutation(contactMutations.create(), setError, SERVER_FIELDS);
  const update = useFormMutation(contactMutations.update(contact?.id ?? 0), setError, SERVER_FIELDS);
  const properties = useFieldArray({ control, name: 'properties' });
  const [openContact, unsavedDialog] = useOpenWhenCreated(isDirty, (id) => `/contacts/${id}`);

  const submit = handleSubmit((values) => {
    const body = formToContact(values);
    if (contact?.id) update.mutate(body, { onSuccess: () => openContact(contact.id!) });
    else create.mutate(body, { onSuccess: (id) => id !== undefined && openContact(id) });
  });

  return (
    <Box component="form" noValidate onSubmit={submit} aria-label={contact ? 'Edit contact' : 'New contact'}>
      {unsavedDialog}
      <Stack spacing={3}>
        {errors.root?.server && <Alert severity="error">{errors.root.server.message}</Alert>}
        <Section title="Name and ids">
          <Fields fields={TEXT_FIELDS} control={control} />
        </Section>
        <Section title="Phone numbers">
          <Fields fields={PHONE_FIELDS} control={control} />
        </Section>
        <Section title="Custom properties">
          {errors.properties?.message && <Alert severity="error">{errors.properties.message}</Alert>}
          <Stack spacing={2}>
            {properties.fields.map((property, index) => (
              <Stack key={property.id} direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
                {PROPERTY_PARTS.map(([part, flex]) => (
                  <FormTextField
                    key={part}
                    control={control}
                    name={`properties.${index}.${part}`}
                    label={`Property ${index + 1} ${part}`}
                    sx={{ flex }}
                  />
                ))}
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
          <Button type="submit" variant="contained" disabled={create.isPending || update.isPending}>
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
  return (
    <Page title="New contact">
      <ContactForm />
    </Page>
  );
}

export function EditContactPage() {
  const id = Number(useParams().id);
  const { data: contact } = useQuery(contactQuery(id));
  if (!contact) return <PageSkeleton />;
  return (
    <Page title={`Edit ${contactName(contact)}`}>
      <ContactForm contact={contact} />
    </Page>
  );
}
