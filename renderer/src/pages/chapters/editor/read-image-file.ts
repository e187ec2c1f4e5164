import {
  imageMimeTypes,
  MAX_IMAGE_BYTES,
  TOO_LARGE_IMAGE,
  type ImageMimeType,
} from '#shared/model/rich-text';

export interface ReadImage {
  mimeType: ImageMimeType;
  data: string;
  width: number;
  height: number;
}

export type ImageReading = { ok: true; image: ReadImage } | { ok: false; message: string };

const isImageType = (type: string): type is ImageMimeType =>
  (imageMimeTypes as readonly string[]).includes(type);

/**
 * A picture chosen in «Sett inn bilde», read in the window: PNG or JPEG up to 1 MB, as base64,
 * with its size in pixels (the Word export scales it by that). Refused in bokmål otherwise.
 */
export async function readImageFile(file: File): Promise<ImageReading> {
  if (!isImageType(file.type))
    return { ok: false, message: 'Velg et bilde i formatet PNG eller JPEG.' };
  if (file.size > MAX_IMAGE_BYTES) return { ok: false, message: TOO_LARGE_IMAGE };
  const dataUrl = await new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  }).catch(() => null);
  if (!dataUrl) return { ok: false, message: 'Bildefilen kunne ikke leses. Prøv en annen fil.' };
  const size = await new Promise<{ width: number; height: number } | null>((resolve) => {
    const img = new Image();
    img.onload = () => resolve({ width: img.naturalWidth, height: img.naturalHeight });
    img.onerror = () => resolve(null);
    img.src = dataUrl;
  });
  if (!size || size.width < 1 || size.height < 1)
    return { ok: false, message: 'Filen er ikke et bilde som kan vises. Prøv en annen fil.' };
  return {
    ok: true,
    image: {
      mimeType: file.type as ImageMimeType,
      data: dataUrl.slice(dataUrl.indexOf(',') + 1),
      ...size,
    },
  };
}
