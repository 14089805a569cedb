import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { hubTimeZone } from '../../../shared/time-zone';

/**
 * The two file formats of exports, written row by row to a stream (never the whole file in memory).
 * CSV: UTF-8 with a byte-order mark (Excel then reads Chinese correctly), CRLF, RFC 4180 quoting,
 * and text cells that a spreadsheet would run as a formula (= + - @, tab, CR) prefixed with `'`.
 * XLSX: exceljs's streaming WorkbookWriter, inline strings (no shared-string table growing with
 * the rows), numbers as numbers, rates formatted as percentages, dates as dates in the hub's zone.
 */
export type CellValue = string | number | null;
export type CellKind = 'text' | 'integer' | 'decimal' | 'percent' | 'date' | 'datetime';

export interface Column<R> {
  header: string;
  kind: CellKind;
  width?: number;
  value(row: R): CellValue | Date;
}

const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV cell: formula-looking text defused, quoted when it holds a quote, comma or line break. */
export function csvCell(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csvLine = (cells: CellValue[]) => `${cells.map(csvCell).join(',')}\r\n`;

const wallClock = () =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: hubTimeZone(), year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
let formatter: Intl.DateTimeFormat | null = null;
let formatterZone = '';
/** An instant as the hub's wall-clock time, `2026-09-28 10:00:00`. */
export function hubDateTime(instant: Date): string {
  if (!formatter || formatterZone !== hubTimeZone()) {
    formatter = wallClock();
    formatterZone = hubTimeZone();
  }
  return formatter.format(instant);
}

/** The value a CSV cell shows: instants in the hub's wall-clock time, days as YYYY-MM-DD. */
function textOf(kind: CellKind, value: CellValue | Date): CellValue {
  if (value instanceof Date) return kind === 'date' ? hubDateTime(value).slice(0, 10) : hubDateTime(value);
  return value;
}

/** The value an XLSX cell holds: Excel dates have no zone, so the hub's wall-clock time as if UTC. */
function xlsxOf(kind: CellKind, value: CellValue | Date): CellValue | Date {
  if (value === null) return null;
  if (value instanceof Date) return new Date(`${hubDateTime(value).replace(' ', 'T')}Z`);
  if (kind === 'date' && typeof value === 'string') return new Date(`${value}T00:00:00Z`);
  return value;
}

const NUM_FMT: Partial<Record<CellKind, string>> = { percent: '0.00%', date: 'yyyy-mm-dd', datetime: 'yyyy-mm-dd hh:mm:ss', decimal: '0.00' };

/** Resolves once the stream can take more (backpressure), or rejects when it closed under us. */
export function drained(out: Writable): Promise<void> {
  if (out.destroyed) return Promise.reject(new Error('download closed'));
  if (!out.writableNeedDrain) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const done = (err?: Error) => {
      out.off('drain', onDrain);
      out.off('close', onClose);
      if (err) reject(err);
      else resolve();
    };
    const onDrain = () => done();
    const onClose = () => done(new Error('download closed'));
    out.on('drain', onDrain);
    out.on('close', onClose);
  });
}

/** Writes rows in batches to `out`; `finish` ends the file (not the stream for CSV, which the caller ends). */
export interface SheetWriter<R> {
  batch(rows: R[]): Promise<void>;
  finish(): Promise<void>;
}

export function csvWriter<R>(out: Writable, columns: Column<R>[]): SheetWriter<R> {
  out.write(`\uFEFF${csvLine(columns.map((c) => c.header))}`);
  return {
    async batch(rows) {
      let chunk = '';
      for (const row of rows) chunk += csvLine(columns.map((c) => textOf(c.kind, c.value(row))));
      out.write(chunk);
      await drained(out);
    },
    async finish() {
      out.end();
    },
  };
}

export function xlsxWriter<R>(out: Writable, columns: Column<R>[], sheetName: string): SheetWriter<R> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  workbook.creator = 'liaison-hub';
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c, i) => ({ header: c.header, key: `c${i}`, width: c.width ?? 14, style: NUM_FMT[c.kind] ? { numFmt: NUM_FMT[c.kind] } : {} }));
  sheet.getRow(1).font = { bold: true };
  return {
    async batch(rows) {
      for (const row of rows) sheet.addRow(columns.map((c) => xlsxOf(c.kind, c.value(row)))).commit();
      await drained(out);
    },
    async finish() {
      sheet.commit();
      await workbook.commit(); // ends `out` once the zip is complete
    },
  };
}
