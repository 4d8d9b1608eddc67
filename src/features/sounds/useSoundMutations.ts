import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { fieldsParam } from '../../api/fields';
import { uploadWithProgress } from '../../api/upload';
import { soundKeys, type CampaignSound, type Voice } from '../../lib/soundQueries';
import type { FileUpload } from './FileUploadForm';
import { mediaKeys } from './mediaQueries';

// Creation answers only the id unless asked; the console wants to know about reused audio too.
const CREATED_FIELDS = fieldsParam(['id', 'name', 'status', 'lengthInSeconds', 'duplicate']);
const withCreatedFields = { params: { query: { fields: CREATED_FIELDS } } };

function multipart({ file, name }: FileUpload) {
  const form = new FormData();
  if (name.trim()) form.append('name', name.trim());
  form.append('file', file);
  return form;
}

/** A mutation that changes the sound library; its success refreshes every sound query. */
function useSoundLibraryMutation<Input, Output>(mutationFn: (input: Input) => Promise<Output>, showsOwnErrors = true) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: soundKeys.all }),
    meta: { notifyOnError: !showsOwnErrors },
  });
}

export const useUploadSound = () =>
  useSoundLibraryMutation((upload: FileUpload) =>
    uploadWithProgress<CampaignSound>(`/campaigns/sounds/files?fields=${CREATED_FIELDS}`, multipart(upload), {
      onProgress: upload.onProgress,
    }),
  );

export const useCreateTtsSound = () =>
  useSoundLibraryMutation((body: { message: string; voice: Voice }) =>
    unwrap(api.POST('/campaigns/sounds/tts', { ...withCreatedFields, body })),
  );

export const useRecordSound = () =>
  useSoundLibraryMutation((body: { name: string; toNumber: string }) =>
    unwrap(api.POST('/campaigns/sounds/calls', { ...withCreatedFields, body })),
  );

export const useArchiveSound = () =>
  useSoundLibraryMutation(
    (id: number) => unwrap(api.DELETE('/campaigns/sounds/{id}', { params: { path: { id } } })),
    false,
  );

export function useUploadMedia() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (upload: FileUpload) =>
      uploadWithProgress<{ id: number }>('/media', multipart(upload), {
        onProgress: upload.onProgress,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: mediaKeys.all }),
    meta: { notifyOnError: false },
  });
}
