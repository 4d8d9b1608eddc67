import { soundMutations } from '../../api/resources/sounds';
import { FileUploadForm } from './FileUploadForm';
import { SOUND_ACCEPT, soundFileProblem } from '../../lib/fileChecks';

/** Upload an MP3 or WAV into the library, with the real upload progress. */
export function UploadSoundForm() {
  return (
    <FileUploadForm
      formLabel="Upload a sound"
      chooseLabel="Choose an audio file"
      submitLabel="Upload sound"
      accept={SOUND_ACCEPT}
      hint="MP3 or WAV, up to 20 MB."
      fileProblem={soundFileProblem}
      pathOf={(id) => `/sounds/${id}`}
      mutation={soundMutations.upload()}
      idOf={(sound) => sound.id!}
      announce={(sound) =>
        sound.duplicate ? `This audio is already in the library as "${sound.name}"` : `Uploaded "${sound.name}"`
      }
    />
  );
}
