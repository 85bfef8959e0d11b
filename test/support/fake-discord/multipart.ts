/** One part of a multipart/form-data body: its field name, file name (for files), type and bytes. */
export interface FormPart {
  name: string;
  filename: string | null;
  contentType: string | null;
  data: Buffer;
}

/** Splits a multipart/form-data body (as discord.js sends `payload_json` and `files[n]`) into its parts. */
export function parseMultipart(body: Buffer, contentType: string): FormPart[] {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  if (!boundary) throw new Error('multipart body without a boundary');
  const delimiter = Buffer.from(`--${boundary[1] ?? boundary[2]}`);
  const parts: FormPart[] = [];
  let at = body.indexOf(delimiter);
  while (at !== -1) {
    const start = at + delimiter.length;
    if (body.subarray(start, start + 2).toString() === '--') break;
    const next = body.indexOf(delimiter, start);
    if (next === -1) break;
    const part = body.subarray(start + 2, next - 2);
    const split = part.indexOf('\r\n\r\n');
    const headers = part.subarray(0, split).toString('utf8');
    const disposition = /content-disposition:[^\r\n]*/i.exec(headers)?.[0] ?? '';
    parts.push({
      name: field(disposition, 'name') ?? '',
      filename: field(disposition, 'filename'),
      contentType: /content-type:\s*([^\r\n]+)/i.exec(headers)?.[1]?.trim() ?? null,
      data: part.subarray(split + 4),
    });
    at = next;
  }
  return parts;
}

/** A parameter of a Content-Disposition header, quoted or not (grammY leaves file names unquoted). */
function field(disposition: string, key: string): string | null {
  const match = new RegExp(`(?:^|[;\\s])${key}=(?:"([^"]*)"|([^;\\r\\n]*))`, 'i').exec(disposition);
  return match ? (match[1] ?? match[2] ?? '').trim() : null;
}
