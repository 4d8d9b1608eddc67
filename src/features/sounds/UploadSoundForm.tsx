import { notify } from '../../lib/notifications';
import { FileUploadForm } from './FileUploadForm';
import { SOUND_ACCEPT, soundFileProblem } from './fileChecks';
import { useUploadSound } from './useSoundMutations';

/** Upload an MP3 or WAV into the library, with the real upload progress. */
export function UploadSoundForm() {
  const upload = useUploadSound();
  return (
    <FileUploadForm
      formLabel="Upload a sound"
      chooseLabel="Choose an audio file"
      submitLabel="Upload sound"
      accept={SOUND_ACCEPT}
      hint="MP3 or WAV, up to 20 MB."
      fileProblem={soundFileProblem}
      pending={upload.isPending}
      pathOf={(id) => `/sounds/${id}`}
      upload={async (file) => {
        const sound = await upload.mutateAsync(file);
        notify(
          sound.duplicate ? `This audio is already in the library as "${sound.name}"` : `Uploaded "${sound.name}"`,
          'success',
        );
        return sound.id!;
      }}
    />
  );
}
