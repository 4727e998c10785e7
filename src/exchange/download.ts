/* Saving a file from the browser: a Blob behind a temporary <a download>. */

/** Offers `blob` as a download named `fileName`. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The download starts from the URL asynchronously; keep it alive a while.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Reads a chosen file as text, refusing files too large to be a map. */
export async function readTextFile(file: File, maxBytes: number): Promise<string> {
  if (file.size > maxBytes) {
    throw new Error(
      `The file is ${(file.size / 1e6).toFixed(1)} MB; at most ${(maxBytes / 1e6).toFixed(0)} MB can be imported.`,
    );
  }
  return file.text();
}
