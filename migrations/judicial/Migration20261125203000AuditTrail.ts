import { Migration } from '@mikro-orm/migrations';
import { auditTablesSql, dropAuditTablesSql } from '../../src/shared/audit/schema-sql';

/** The judicial subgraph's audit trail (安全审计): hash-chained, append-only, monthly partitions. */
export class Migration20261125203000AuditTrail extends Migration {
  override async up(): Promise<void> {
    for (const sql of auditTablesSql('judicial')) this.addSql(sql);
  }

  override async down(): Promise<void> {
    for (const sql of dropAuditTablesSql('judicial')) this.addSql(sql);
  }
}
