import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { Schema } from '../../api/types';
import { uploadWithProgress, type UploadProgress } from '../../api/upload';
import { contactKeys, type Contact } from './contactQueries';

type MembersRequest = Schema<'AddContactListContactsRequest'>;

/** Every mutation here changes what searches return, so each refreshes the whole area afterwards. */
function useAreaMutation<Variables, Result>(
  mutationFn: (variables: Variables) => Promise<Result>,
  { fieldErrors = false } = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: contactKeys.all }),
    meta: fieldErrors ? { notifyOnError: false } : undefined,
  });
}

export const useCreateContact = () =>
  useAreaMutation(
    async (contact: Contact) => (await unwrap(api.POST('/contacts', { body: [contact] }))).items?.[0]?.id,
    { fieldErrors: true },
  );

export const useUpdateContact = (id: number) =>
  useAreaMutation(
    (contact: Contact) => unwrap(api.PUT('/contacts/{id}', { params: { path: { id } }, body: contact })),
    {
      fieldErrors: true,
    },
  );

/** Deletes contacts one request each (CallFire has no bulk delete), reporting how far it got. */
export const useDeleteContacts = () =>
  useAreaMutation(async ({ ids, onProgress }: { ids: number[]; onProgress?: (done: number) => void }) => {
    for (const [index, id] of ids.entries()) {
      await unwrap(api.DELETE('/contacts/{id}', { params: { path: { id } } }));
      onProgress?.(index + 1);
    }
  });

export const useCreateContactList = () =>
  useAreaMutation(
    async (request: MembersRequest & { name: string }) =>
      (await unwrap(api.POST('/contacts/lists', { body: request }))).id,
    { fieldErrors: true },
  );

export const useRenameContactList = (id: number) =>
  useAreaMutation(
    (name: string) => unwrap(api.PUT('/contacts/lists/{id}', { params: { path: { id } }, body: { name } })),
    { fieldErrors: true },
  );

export const useDeleteContactList = () =>
  useAreaMutation((id: number) => unwrap(api.DELETE('/contacts/lists/{id}', { params: { path: { id } } })));

export const useAddContactListItems = () =>
  useAreaMutation(
    ({ listId, request }: { listId: number; request: MembersRequest }) =>
      unwrap(api.POST('/contacts/lists/{id}/items', { params: { path: { id: listId } }, body: request })),
    { fieldErrors: true },
  );

/** One contact goes out with the single-item operation, several with the bulk one. */
export const useRemoveContactListItems = () =>
  useAreaMutation(({ listId, contactIds }: { listId: number; contactIds: number[] }) =>
    contactIds.length === 1
      ? unwrap(
          api.DELETE('/contacts/lists/{id}/items/{contactId}', {
            params: { path: { id: listId, contactId: contactIds[0] } },
          }),
        )
      : unwrap(
          api.DELETE('/contacts/lists/{id}/items', {
            params: { path: { id: listId }, query: { contactId: contactIds } },
          }),
        ),
  );

export interface ContactListUpload {
  file: Blob;
  fileName: string;
  name: string;
  useCustomFields: boolean;
  onProgress?: (progress: UploadProgress) => void;
  signal?: AbortSignal;
}

export const useUploadContactList = () =>
  useAreaMutation(
    async ({ file, fileName, name, useCustomFields, onProgress, signal }: ContactListUpload) => {
      const form = new FormData();
      form.set('name', name);
      form.set('useCustomFields', String(useCustomFields));
      form.set('file', file, fileName);
      return (await uploadWithProgress<Schema<'ResourceId'>>('/contacts/lists/upload', form, { onProgress, signal }))
        .id;
    },
    { fieldErrors: true },
  );
