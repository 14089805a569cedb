import { connectionType } from '../../../shared/pagination';
import { Alert, SafetyTraining, Visit } from '../station/station.entity';

/** The police's per-enterprise lists that grow with the years, as connections (newest first). */
export const VisitConnection = connectionType(Visit, 'Visit');
export const AlertConnection = connectionType(Alert, 'Alert');
export const SafetyTrainingConnection = connectionType(SafetyTraining, 'SafetyTraining');

