import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../../shared/auth';
import type { Clock } from '../../../shared/clock';
import { badInput } from '../../../shared/errors';
import { toHubDate } from '../../../shared/time-zone';
import { requireKeyEnterprise } from '../alert/alert.service';
import { assertMayWritePolice } from '../policy';
import { SafetyTraining } from '../station/station.entity';
import { intIn, MAX_ATTENDEES, MAX_TOPIC, parseUscc, text } from '../validation';

export interface RecordTrainingFields {
  uscc: string;
  date: string;
  topic: string;
  attendeeCount: number;
}

/** Safety trainings (安全培训) the police held for an enterprise's staff. */
export class TrainingService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
    private readonly clock: Clock,
  ) {}

  async record(input: RecordTrainingFields): Promise<SafetyTraining> {
    assertMayWritePolice(this.viewer, 'safety trainings (安全培训)');
    const uscc = parseUscc(input.uscc);
    const today = toHubDate(this.clock());
    if (input.date > today) throw badInput(`date ${input.date} is in the future (today is ${today}): record a training once it has been held.`, 'date');
    const topic = text(input.topic, 'topic', MAX_TOPIC)!;
    const attendeeCount = intIn(input.attendeeCount, 'attendeeCount', 1, MAX_ATTENDEES);
    return this.em.transactional(async (tx) => {
      await requireKeyEnterprise(tx, uscc);
      return tx.create(SafetyTraining, {
        uscc,
        heldOn: input.date,
        topic,
        attendeeCount,
        recordedBy: this.viewer.id,
        recordedByName: this.viewer.displayName,
        recordedAt: this.clock(),
      });
    });
  }
}
