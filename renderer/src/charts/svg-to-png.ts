/** PNG for print, slides and documents: twice the size on screen. */
export const PNG_SCALE = 2;

export interface PngImage {
  base64: string;
  width: number;
  height: number;
  /** The scale actually used; lower than asked only for charts too big for a canvas. */
  scale: number;
}

// Chromium refuses canvases beyond these; a huge chart is drawn at a smaller scale instead.
const MAX_SIDE = 32_000;
const MAX_PIXELS = 200_000_000;

/**
 * Draws an SVG (with plain text labels, no foreignObject) onto a white canvas at `scale` times
 * its size and returns the PNG. The SVG must have width and height in pixels (renderChartSvg).
 */
export async function svgToPng(svg: string, scale = 2): Promise<PngImage> {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const root = doc.documentElement;
  const width = Number.parseFloat(root.getAttribute('width') ?? '');
  const height = Number.parseFloat(root.getAttribute('height') ?? '');
  if (!(width > 0 && height > 0)) throw new Error('SVG-en mangler bredde og høyde.');
  const used = Math.min(
    scale,
    MAX_SIDE / width,
    MAX_SIDE / height,
    Math.sqrt(MAX_PIXELS / (width * height)),
  );

  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * used);
    canvas.height = Math.round(height * used);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('Nettleseren kunne ikke lage et bilde.');
    // White, not transparent: a PNG on a dark slide or in a dark viewer must still be readable.
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('Bildet kunne ikke lages.');
    return {
      base64: await blobToBase64(blob),
      width: canvas.width,
      height: canvas.height,
      scale: used,
    };
  } finally {
    URL.revokeObjectURL(url);
  }
}

function blobToBase64(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('Bildet kunne ikke leses.'));
    reader.readAsDataURL(blob);
  });
}
