import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { fieldsParam } from '../../api/fields';
import { uploadWithProgress, type UploadProgress } from '../../api/upload';
import { soundKeys, type CampaignSound, type Voice } from '../../lib/soundQueries';
import { mediaKeys } from './mediaQueries';

// Creation answers only the id unless asked; the console wants to know about reused audio too.
const CREATED_FIELDS = fieldsParam(['id', 'name', 'status', 'lengthInSeconds', 'duplicate']);

function useInvalidateSounds() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: soundKeys.all });
}

export function useUploadSound() {
  const invalidate = useInvalidateSounds();
  return useMutation({
    mutationFn: ({
      file,
      name,
      onProgress,
    }: {
      file: File;
      name: string;
      onProgress: (progress: UploadProgress) => void;
    }) => {
      const form = new FormData();
      if (name.trim()) form.append('name', name.trim());
      form.append('file', file);
      return uploadWithProgress<CampaignSound>(`/campaigns/sounds/files?fields=${CREATED_FIELDS}`, form, {
        onProgress,
      });
    },
    onSuccess: invalidate,
    meta: { notifyOnError: false },
  });
}

export function useCreateTtsSound() {
  const invalidate = useInvalidateSounds();
  return useMutation({
    mutationFn: (body: { message: string; voice: Voice }) =>
      unwrap(api.POST('/campaigns/sounds/tts', { params: { query: { fields: CREATED_FIELDS } }, body })),
    onSuccess: invalidate,
    meta: { notifyOnError: false },
  });
}

export function useRecordSound() {
  const invalidate = useInvalidateSounds();
  return useMutation({
    mutationFn: (body: { name: string; toNumber: string }) =>
      unwrap(api.POST('/campaigns/sounds/calls', { params: { query: { fields: CREATED_FIELDS } }, body })),
    onSuccess: invalidate,
    meta: { notifyOnError: false },
  });
}

export function useArchiveSound() {
  const invalidate = useInvalidateSounds();
  return useMutation({
    mutationFn: (id: number) => unwrap(api.DELETE('/campaigns/sounds/{id}', { params: { path: { id } } })),
    onSuccess: invalidate,
  });
}

export function useUploadMedia() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      file,
      name,
      onProgress,
    }: {
      file: File;
      name: string;
      onProgress: (progress: UploadProgress) => void;
    }) => {
      const form = new FormData();
      if (name.trim()) form.append('name', name.trim());
      form.append('file', file);
      return uploadWithProgress<{ id: number }>('/media', form, { onProgress });
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: mediaKeys.all }),
    meta: { notifyOnError: false },
  });
}
