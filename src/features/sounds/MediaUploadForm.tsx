import { notify } from '../../lib/notifications';
import { FileUploadForm } from './FileUploadForm';
import { MEDIA_ACCEPT, mediaFileProblem } from './fileChecks';
import { useUploadMedia } from './useSoundMutations';

/** Uploads an image, audio or video file for text messages, then opens it. */
export function MediaUploadForm() {
  const upload = useUploadMedia();
  return (
    <FileUploadForm
      formLabel="Upload media"
      chooseLabel="Choose a media file"
      submitLabel="Upload media"
      accept={MEDIA_ACCEPT}
      hint="bmp, gif, jpg, m4a, mp3, mp4, png or wav, up to 20 MB."
      fileProblem={mediaFileProblem}
      pending={upload.isPending}
      pathOf={(id) => `/sounds/media/${id}`}
      upload={async (file) => {
        const { id } = await upload.mutateAsync(file);
        notify(`Uploaded ${file.file.name}`, 'success');
        return id;
      }}
    />
  );
}
