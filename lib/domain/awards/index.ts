/** The award rules (docs/domain/awards.md): quotas, eligibility gates, the nomination state machine, decisions and history. */
export * from "./quota";
export * from "./eligibility";
export * from "./prerequisite";
export { describeRecordRule, recordRuleOf, type RecordRuleColumns } from "./person-record";
export {
  availableActions as availableNominationActions,
  decideNomination,
  duplicateWarnings,
  MIN_ACHIEVEMENT_LENGTH,
  MIN_REASON,
  mayAct,
  NOMINATION_ACTIONS,
  NOMINATION_ROLES,
  NOMINATION_STATUSES,
  normaliseText,
  orderByPriority,
  transition as nominationTransition,
  type DuplicateWarning,
  type NominationAction,
  type NominationActor,
  type NominationCommand,
  type NominationStatus,
  type NominationSummary,
  type NominationTransition,
  type RefusalCode,
} from "./nomination";
export * from "./decision";
