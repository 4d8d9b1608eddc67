import { mediaMutations } from '../../api/resources/media';
import { FileUploadForm } from './FileUploadForm';
import { MEDIA_ACCEPT, mediaFileProblem } from '../../lib/fileChecks';

/** Uploads an image, audio or video file for text messages, then opens it. */
export function MediaUploadForm() {
  return (
    <FileUploadForm
      formLabel="Upload media"
      chooseLabel="Choose a media file"
      submitLabel="Upload media"
      accept={MEDIA_ACCEPT}
      hint="bmp, gif, jpg, m4a, mp3, mp4, png or wav, up to 20 MB."
      fileProblem={mediaFileProblem}
      pathOf={(id) => `/sounds/media/${id}`}
      mutation={mediaMutations.upload()}
      idOf={(media) => media.id}
      announce={(_media, upload) => `Uploaded ${upload.file.name}`}
    />
  );
}
