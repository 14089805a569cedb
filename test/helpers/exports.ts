import ExcelJS from 'exceljs';
import { ok } from './issues';
import type { TestHub } from './test-hub';

export const EXPORT_FIELDS = 'url fileName expiresAt rowCount';

/** createExport as `who`; returns { url, fileName, expiresAt, rowCount }. */
export const createExport = (hub: TestHub, who: string, input: Record<string, unknown>) =>
  ok(hub, `mutation($input: CreateExportInput!) { createExport(input: $input) { ${EXPORT_FIELDS} } }`, { input }, who);

/** GET a path on the gateway, without any token (as a browser following a link does). */
export async function download(hub: TestHub, path: string) {
  const res = await fetch(new URL(path, hub.url).toString());
  return { status: res.status, headers: res.headers, body: Buffer.from(await res.arrayBuffer()) };
}

/** RFC 4180 CSV (quoted fields may hold commas, quotes, line breaks), after the byte-order mark. */
export function parseCsv(text: string): string[][] {
  if (text.charCodeAt(0) !== 0xfeff) throw new Error('CSV without a byte-order mark');
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 1; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell || row.length) throw new Error('CSV does not end with CRLF');
  return rows;
}

/** The first sheet of an XLSX file as rows of cell values (header row first). */
export async function readXlsx(body: Buffer): Promise<{ name: string; rows: unknown[][] }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const values = (row.values as unknown[]).slice(1);
    rows.push(values.map((v) => (v === undefined ? null : v)));
  });
  return { name: sheet.name, rows };
}
