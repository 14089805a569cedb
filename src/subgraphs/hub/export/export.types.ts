import { Field, InputType, Int, registerEnumType } from 'type-graphql';
import { payloadType } from '../../../shared/payload';
import { DateScalar } from '../../../shared/scalars';
import { IssueFilter, IssueOrder } from '../issue/issue.types';

export enum ExportKind {
  ISSUES = 'ISSUES',
  DEPARTMENT_PERFORMANCE = 'DEPARTMENT_PERFORMANCE',
}
registerEnumType(ExportKind, {
  name: 'ExportKind',
  description: 'What an export (导出) holds.',
  valuesConfig: {
    ISSUES: { description: 'A requests list (诉求清单): the rows `issues(filter:, orderBy:)` gives the caller, one request per row.' },
    DEPARTMENT_PERFORMANCE: { description: 'departmentPerformance(from:, to:): one row per department with the same figures.' },
  },
});

export enum ExportFormat {
  CSV = 'CSV',
  XLSX = 'XLSX',
}
registerEnumType(ExportFormat, {
  name: 'ExportFormat',
  description: 'File format of an export.',
  valuesConfig: {
    CSV: { description: 'Comma-separated values, UTF-8 with a byte-order mark (opens in Excel with Chinese intact), Chinese column headers.' },
    XLSX: { description: 'An Excel workbook (Office Open XML), one sheet, Chinese column headers.' },
  },
});

@InputType({ description: 'An export (导出) to prepare: what, in which format, narrowed like the list it comes from.' })
export class CreateExportInput {
  @Field(() => ExportKind, { description: 'What to export.' })
  kind!: ExportKind;

  @Field(() => ExportFormat, { description: 'CSV or XLSX.' })
  format!: ExportFormat;

  @Field(() => IssueFilter, { nullable: true, description: 'ISSUES: the same filter as `issues(filter:)`; the caller\'s visibility applies as in the list.' })
  filter?: IssueFilter | null;

  @Field(() => IssueOrder, { nullable: true, description: 'ISSUES: the order of the rows (NEWEST_FIRST when omitted).' })
  orderBy?: IssueOrder | null;

  @Field(() => DateScalar, { nullable: true, description: 'DEPARTMENT_PERFORMANCE: first day of the period (inclusive), as in departmentPerformance.' })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'DEPARTMENT_PERFORMANCE: last day of the period (inclusive).' })
  to?: string | null;
}

export interface CreatedExport {
  url: string;
  fileName: string;
  expiresAt: Date;
  rowCount: number;
}

export const CreateExportPayload = payloadType<CreatedExport>('CreateExportPayload', 'What createExport returns: a short-lived download link.', {
  url: {
    type: () => String,
    description: 'Path of the download on the gateway (`/exports/<token>/<file name>`), to open in the browser (prefix the gateway\'s origin); needs no Authorization header: the signed link is the credential until expiresAt, for a few downloads.',
  },
  fileName: { type: () => String, description: 'The file name the download is saved as, e.g. 诉求清单-2026-09-28.csv.' },
  expiresAt: { type: () => Date, description: 'When the link stops working (410 after it).' },
  rowCount: { type: () => Int, description: 'Rows the export matched when it was created (the file holds the rows as they are when it is downloaded).' },
});
