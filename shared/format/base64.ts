// Bytes ↔ base64 (the export channel, pictures and logos in the plan file), with atob/btoa, which
// the window, workers and Node all have; in slices so a large document never hits the limit on
// how many arguments String.fromCharCode takes.
// Declared here because shared code is typed without the DOM or Node; both have them at run time.
declare function atob(data: string): string;
declare function btoa(data: string): string;

const SLICE = 0x8000;

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += SLICE) {
    binary += String.fromCharCode(...bytes.subarray(i, i + SLICE));
  }
  return btoa(binary);
}

export function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
