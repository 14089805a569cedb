import { Migration } from '@mikro-orm/migrations';

export class Migration20261126003217 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`CREATE INDEX issue_open_unanswered_index ON hub.issue USING btree (submitted_on) INCLUDE (lead_department_code, reply_deadline, status, responded_at) WHERE ((status = ANY (ARRAY['SUBMITTED'::hub.issue_status, 'ASSIGNED'::hub.issue_status, 'ACCEPTED'::hub.issue_status, 'IN_PROGRESS'::hub.issue_status, 'REOPENED'::hub.issue_status, 'ESCALATED'::hub.issue_status])) AND (responded_at IS NULL));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "hub"."issue_open_unanswered_index";`);
  }

}
