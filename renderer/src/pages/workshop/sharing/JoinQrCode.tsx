import QRCode from 'qrcode';
import { useMemo } from 'react';

/** The QR code's dark modules as one SVG path, with the four-module quiet zone around it. */
function qrPath(text: string): { size: number; d: string } {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const quiet = 4;
  let d = '';
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (modules.get(row, col)) d += `M${col + quiet} ${row + quiet}h1v1h-1z`;
    }
  }
  return { size: modules.size + 2 * quiet, d };
}

/** The join address as a QR code, drawn as SVG (never as markup from a string). */
export function JoinQrCode({ text }: { text: string }) {
  const { size, d } = useMemo(() => qrPath(text), [text]);
  return (
    <svg
      className="ws-share__qr"
      viewBox={`0 0 ${size} ${size}`}
      role="img"
      aria-label="QR-kode for å bli med på tavla"
      shapeRendering="crispEdges"
    >
      <rect width={size} height={size} fill="#ffffff" />
      <path d={d} fill="#000000" />
    </svg>
  );
}
