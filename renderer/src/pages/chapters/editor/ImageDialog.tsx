import { useState, type FormEvent } from 'react';
import { Field } from '../../../components/Field';
import { Modal } from '../../../components/Modal';
import { TextField } from '../../../components/TextField';
import { readImageFile, type ReadImage } from './read-image-file';
import type { NewImage } from './table-commands';

interface ImageDialogProps {
  /** The selected picture's texts: the dialog changes it («Endre bildet»), a new file optional. */
  current?: { alt: string; caption: string } | null;
  onInsert: (image: NewImage) => void;
  onUpdate?: (change: { alt: string; caption: string } & Partial<ReadImage>) => void;
  onCancel: () => void;
}

/**
 * «Sett inn bilde»: a PNG or JPEG file and the text that says what it shows (required: the
 * document is read with screen readers too), and a caption if the picture needs one. With a
 * `current` picture it changes that one's texts, and its file if a new one is chosen.
 */
export function ImageDialog({ current, onInsert, onUpdate, onCancel }: ImageDialogProps) {
  const editing = !!current;
  const [image, setImage] = useState<ReadImage | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [alt, setAlt] = useState(current?.alt ?? '');
  const [altError, setAltError] = useState<string | null>(null);
  const [caption, setCaption] = useState(current?.caption ?? '');

  const choose = async (file: File | undefined) => {
    setImage(null);
    setFileError(null);
    if (!file) return;
    const read = await readImageFile(file);
    if (read.ok) setImage(read.image);
    else setFileError(read.message);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (fileError && image === null && editing) {
      document.getElementById('image-file')?.focus();
      return;
    }
    if (!image && !editing) {
      setFileError(fileError ?? 'Velg en bildefil (PNG eller JPEG).');
      document.getElementById('image-file')?.focus();
      return;
    }
    if (!alt.trim()) {
      setAltError('Skriv hva bildet viser, så også de som bruker skjermleser får det med seg.');
      document.getElementById('image-alt')?.focus();
      return;
    }
    if (editing) onUpdate?.({ ...(image ?? {}), alt: alt.trim(), caption });
    else if (image) onInsert({ ...image, alt: alt.trim(), caption });
  };

  return (
    <Modal
      title={editing ? 'Endre bildet' : 'Sett inn bilde'}
      onDismiss={onCancel}
      description={
        <p>
          {editing
            ? 'Endre teksten til bildet, eller velg en ny fil for å bytte det ut.'
            : 'Et bilde eller en figur i PNG- eller JPEG-format, høyst 1 MB.'}
        </p>
      }
    >
      <form onSubmit={submit} noValidate>
        <Field
          id="image-file"
          label={editing ? 'Ny bildefil (valgfri)' : 'Bildefil'}
          hint={editing ? 'PNG eller JPEG, høyst 1 MB. Uten ny fil beholdes bildet.' : undefined}
          error={fileError}
        >
          {(control) => (
            <input
              {...control}
              className="input input--file"
              type="file"
              accept="image/png,image/jpeg"
              onChange={(e) => void choose(e.target.files?.[0])}
            />
          )}
        </Field>
        {image && (
          <img
            className="image-dialog__preview"
            src={`data:${image.mimeType};base64,${image.data}`}
            alt=""
          />
        )}
        <Field
          id="image-alt"
          label="Alternativ tekst (må fylles ut)"
          hint="Hva bildet viser, for dem som ikke ser det. For en figur: hva tallene sier."
          error={altError}
        >
          {(control) => (
            <textarea
              {...control}
              className="input input--multiline"
              rows={3}
              value={alt}
              onChange={(e) => {
                setAlt(e.target.value);
                setAltError(null);
              }}
            />
          )}
        </Field>
        <TextField
          id="image-caption"
          label="Bildetekst (valgfri)"
          hint="Står under bildet i dokumentet."
          value={caption}
          onChange={setCaption}
        />
        <div className="modal__footer">
          <button type="button" className="button button--quiet" onClick={onCancel}>
            Avbryt
          </button>
          <button type="submit" className="button button--primary">
            {editing ? 'Lagre endringene' : 'Sett inn bildet'}
          </button>
        </div>
      </form>
    </Modal>
  );
}
