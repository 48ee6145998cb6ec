// The one source of truth for tables, constraints and row types. Migrations are generated from
// this file by drizzle-kit (npm run db:generate-migration) and committed; never edit them by hand.
import { relations, sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  customType,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  numeric,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  unique,
  uniqueIndex,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

const id = () => integer().primaryKey().generatedAlwaysAsIdentity();
const createdAt = () => timestamp({ withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp({ withTimezone: true }).notNull().defaultNow();
/** Optimistic locking: every update says which version it was based on (PRODUCT.md). */
const version = () => integer().notNull().default(1);

export const unitKind = pgEnum('unit_kind', ['leadership', 'division', 'district', 'commune', 'external']);
export const role = pgEnum('role', ['admin', 'leader', 'officer', 'viewer']);
export const planStatus = pgEnum('plan_status', ['draft', 'active', 'closed']);
export const taskStatus = pgEnum('task_status', [
  'not_started',
  'in_progress',
  'awaiting_confirmation',
  'completed',
  'paused',
  'cancelled',
]);
export const reviewDecision = pgEnum('review_decision', ['confirm', 'return']);
export const healthRating = pgEnum('health_rating', ['green', 'amber', 'red']);
export const notificationKind = pgEnum('notification_kind', [
  'deadline_7',
  'deadline_3',
  'deadline_1',
  'overdue',
  'update_to_review',
  'completion_confirmed',
  'completion_returned',
]);

/**
 * Units form a tree and carry the dates they existed: the districts of 2021 ended on 1/7/2025
 * (Resolution 202/2025/QH15), so 2021 can be shown as it was beside a plan with today's units.
 */
export const units = pgTable(
  'units',
  {
    id: id(),
    code: text().notNull(),
    name: text().notNull(),
    kind: unitKind().notNull(),
    parentId: integer().references((): AnyPgColumn => units.id, { onDelete: 'restrict' }),
    validFrom: date({ mode: 'string' }).notNull(),
    validTo: date({ mode: 'string' }),
    active: boolean().notNull().default(true),
    sortOrder: integer().notNull().default(0),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('units_code_key').on(t.code),
    index('units_parent_idx').on(t.parentId),
    check('units_valid_range', sql`${t.validTo} IS NULL OR ${t.validTo} >= ${t.validFrom}`),
    check('units_not_own_parent', sql`${t.parentId} IS NULL OR ${t.parentId} <> ${t.id}`),
    check('units_name_present', sql`length(btrim(${t.name})) > 0`),
  ],
);

export const users = pgTable(
  'users',
  {
    id: id(),
    email: text().notNull(),
    name: text().notNull(),
    role: role().notNull(),
    unitId: integer()
      .notNull()
      .references(() => units.id, { onDelete: 'restrict' }),
    passwordHash: text().notNull(),
    disabled: boolean().notNull().default(false),
    mustChangePassword: boolean().notNull().default(false),
    /** Bumped by sign-out, password change, disabling or a role change: older sessions stop working. */
    sessionVersion: integer().notNull().default(1),
    failedSignIns: integer().notNull().default(0),
    lockedUntil: timestamp({ withTimezone: true }),
    lastSignInAt: timestamp({ withTimezone: true }),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('users_email_key').on(t.email),
    index('users_unit_idx').on(t.unitId),
    check('users_email_lowercase', sql`${t.email} = lower(${t.email}) AND position('@' in ${t.email}) > 1`),
    check('users_failed_nonnegative', sql`${t.failedSignIns} >= 0`),
  ],
);

export const plans = pgTable(
  'plans',
  {
    id: id(),
    year: smallint().notNull(),
    title: text().notNull(),
    status: planStatus().notNull().default('draft'),
    /** The plan this one was started from ("start next year's plan"). */
    previousPlanId: integer().references((): AnyPgColumn => plans.id, { onDelete: 'set null' }),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('plans_year_title_key').on(t.year, t.title),
    check('plans_year_range', sql`${t.year} BETWEEN 2000 AND 2100`),
  ],
);

export const priorities = pgTable(
  'priorities',
  {
    id: id(),
    planId: integer()
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    code: text().notNull(),
    title: text().notNull(),
    description: text(),
    /** Legal basis: the document's number and date, e.g. "527/QĐ-UBND", 2020-03-31. */
    legalBasis: text().notNull(),
    legalBasisDate: date({ mode: 'string' }),
    leadUnitId: integer()
      .notNull()
      .references(() => units.id, { onDelete: 'restrict' }),
    sortOrder: integer().notNull().default(0),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('priorities_plan_code_key').on(t.planId, t.code),
    // Lets tasks reference (priority, plan) together, so a task's plan always matches its priority's.
    unique('priorities_id_plan_key').on(t.id, t.planId),
  ],
);

export const priorityHealth = pgTable(
  'priority_health',
  {
    id: id(),
    priorityId: integer()
      .notNull()
      .references(() => priorities.id, { onDelete: 'cascade' }),
    rating: healthRating().notNull(),
    reason: text().notNull(),
    setById: integer()
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    setAt: createdAt(),
  },
  (t) => [
    index('priority_health_priority_idx').on(t.priorityId, t.setAt.desc()),
    check('priority_health_reason_present', sql`length(btrim(${t.reason})) > 0`),
  ],
);

/** Quarterly narrative (as US Agency Priority Goals are reported); immutable once posted. */
export const priorityNarratives = pgTable(
  'priority_narratives',
  {
    id: id(),
    priorityId: integer()
      .notNull()
      .references(() => priorities.id, { onDelete: 'cascade' }),
    year: smallint().notNull(),
    quarter: smallint().notNull(),
    doneText: text().notNull(),
    plannedText: text().notNull(),
    figuresText: text().notNull(),
    postedById: integer()
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    postedAt: createdAt(),
  },
  (t) => [
    uniqueIndex('priority_narratives_period_key').on(t.priorityId, t.year, t.quarter),
    check('priority_narratives_quarter_range', sql`${t.quarter} BETWEEN 1 AND 4`),
  ],
);

export const tasks = pgTable(
  'tasks',
  {
    id: id(),
    planId: integer().notNull(),
    priorityId: integer().notNull(),
    parentId: integer().references((): AnyPgColumn => tasks.id, { onDelete: 'set null' }),
    code: text().notNull(),
    title: text().notNull(),
    description: text().notNull().default(''),
    leadUnitId: integer()
      .notNull()
      .references(() => units.id, { onDelete: 'restrict' }),
    ownerId: integer().references(() => users.id, { onDelete: 'set null' }),
    startDate: date({ mode: 'string' }).notNull(),
    dueDate: date({ mode: 'string' }).notNull(),
    status: taskStatus().notNull().default('not_started'),
    progress: smallint().notNull().default(0),
    weight: numeric({ precision: 6, scale: 2, mode: 'number' }).notNull().default(1),
    /** The date of the completion request that a leader confirmed (PRODUCT.md: "completed, with the date of the request"). */
    completedOn: date({ mode: 'string' }),
    completionRequestedOn: date({ mode: 'string' }),
    cancelReason: text(),
    /** Lower-cased, diacritic-free code + title + description, for search that ignores Vietnamese accents. */
    searchText: text().generatedAlwaysAs(
      (): ReturnType<typeof sql> =>
        sql`lower(public.f_unaccent(coalesce(code, '') || ' ' || coalesce(title, '') || ' ' || coalesce(description, '')))`,
    ),
    version: version(),
    createdById: integer().references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    foreignKey({
      name: 'tasks_priority_plan_fk',
      columns: [t.priorityId, t.planId],
      foreignColumns: [priorities.id, priorities.planId],
    }).onDelete('cascade'),
    uniqueIndex('tasks_plan_code_key').on(t.planId, t.code),
    index('tasks_plan_status_idx').on(t.planId, t.status),
    index('tasks_lead_status_due_idx').on(t.leadUnitId, t.status, t.dueDate, t.id),
    index('tasks_priority_idx').on(t.priorityId),
    index('tasks_owner_idx').on(t.ownerId),
    index('tasks_parent_idx').on(t.parentId),
    index('tasks_plan_due_idx').on(t.planId, t.dueDate),
    index('tasks_search_trgm_idx').using('gin', sql`${t.searchText} gin_trgm_ops`),
    check('tasks_progress_range', sql`${t.progress} BETWEEN 0 AND 100`),
    check('tasks_due_not_before_start', sql`${t.dueDate} >= ${t.startDate}`),
    check('tasks_weight_positive', sql`${t.weight} > 0`),
    check('tasks_title_present', sql`length(btrim(${t.title})) > 0`),
    check('tasks_code_present', sql`length(btrim(${t.code})) > 0`),
    check('tasks_not_own_parent', sql`${t.parentId} IS NULL OR ${t.parentId} <> ${t.id}`),
    check('tasks_completed_has_date', sql`(${t.status} = 'completed') = (${t.completedOn} IS NOT NULL)`),
    check('tasks_cancel_has_reason', sql`${t.status} <> 'cancelled' OR ${t.cancelReason} IS NOT NULL`),
    check('tasks_version_positive', sql`${t.version} > 0`),
  ],
);

export const taskSupportingUnits = pgTable(
  'task_supporting_units',
  {
    taskId: integer()
      .notNull()
      .references(() => tasks.id, { onDelete: 'cascade' }),
    unitId: integer()
      .notNull()
      .references(() => units.id, { onDelete: 'restrict' }),
  },
  (t) => [primaryKey({ columns: [t.taskId, t.unitId] }), index('task_supporting_units_unit_idx').on(t.unitId, t.taskId)],
);

export const indicators = pgTable(
  'indicators',
  {
    id: id(),
    taskId: integer()
      .notNull()
      .references(() => tasks.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    unitOfMeasure: text().notNull(),
    target: numeric({ precision: 18, scale: 2, mode: 'number' }).notNull(),
    actual: numeric({ precision: 18, scale: 2, mode: 'number' }),
    /** Where a figure comes from when it is not official (DOMAIN.md: "demo figure"). */
    note: text(),
    sortOrder: integer().notNull().default(0),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('indicators_task_idx').on(t.taskId),
    check('indicators_target_nonnegative', sql`${t.target} >= 0`),
    check('indicators_actual_nonnegative', sql`${t.actual} IS NULL OR ${t.actual} >= 0`),
    check('indicators_name_present', sql`length(btrim(${t.name})) > 0`),
  ],
);

/** A progress report (báo cáo tiến độ); `requestsCompletion` puts the task into "awaiting confirmation". */
export const progressUpdates = pgTable(
  'progress_updates',
  {
    id: id(),
    taskId: integer()
      .notNull()
      .references(() => tasks.id, { onDelete: 'cascade' }),
    authorId: integer()
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    progressBefore: smallint().notNull(),
    progressAfter: smallint().notNull(),
    note: text().notNull().default(''),
    requestsCompletion: boolean().notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [
    index('progress_updates_task_idx').on(t.taskId, t.createdAt.desc()),
    index('progress_updates_created_idx').on(t.createdAt.desc()),
    check('progress_updates_before_range', sql`${t.progressBefore} BETWEEN 0 AND 100`),
    check('progress_updates_after_range', sql`${t.progressAfter} BETWEEN 0 AND 100`),
  ],
);

export const updateIndicatorValues = pgTable(
  'update_indicator_values',
  {
    updateId: integer()
      .notNull()
      .references(() => progressUpdates.id, { onDelete: 'cascade' }),
    indicatorId: integer()
      .notNull()
      .references(() => indicators.id, { onDelete: 'cascade' }),
    value: numeric({ precision: 18, scale: 2, mode: 'number' }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.updateId, t.indicatorId] }),
    index('update_indicator_values_indicator_idx').on(t.indicatorId),
    check('update_indicator_values_nonnegative', sql`${t.value} >= 0`),
  ],
);

/** A leader's answer to a completion request: confirm (completed on the request's date) or return with a reason. */
export const completionReviews = pgTable(
  'completion_reviews',
  {
    id: id(),
    taskId: integer()
      .notNull()
      .references(() => tasks.id, { onDelete: 'cascade' }),
    requestUpdateId: integer()
      .notNull()
      .references(() => progressUpdates.id, { onDelete: 'cascade' }),
    decision: reviewDecision().notNull(),
    reason: text(),
    reviewerId: integer()
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    createdAt: createdAt(),
  },
  (t) => [
    index('completion_reviews_task_idx').on(t.taskId, t.createdAt.desc()),
    uniqueIndex('completion_reviews_request_key').on(t.requestUpdateId),
    check('completion_reviews_return_has_reason', sql`${t.decision} = 'confirm' OR length(btrim(coalesce(${t.reason}, ''))) > 0`),
  ],
);

export const comments = pgTable(
  'comments',
  {
    id: id(),
    taskId: integer()
      .notNull()
      .references(() => tasks.id, { onDelete: 'cascade' }),
    authorId: integer()
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    body: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('comments_task_idx').on(t.taskId, t.createdAt),
    check('comments_body_present', sql`length(btrim(${t.body})) > 0`),
  ],
);

export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

/** Evidence files. The bytes live in attachment_blobs so listing attachments never reads them. */
export const attachments = pgTable(
  'attachments',
  {
    id: id(),
    taskId: integer()
      .notNull()
      .references(() => tasks.id, { onDelete: 'cascade' }),
    updateId: integer().references(() => progressUpdates.id, { onDelete: 'set null' }),
    uploadedById: integer()
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    fileName: text().notNull(),
    contentType: text().notNull(),
    sizeBytes: integer().notNull(),
    sha256: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('attachments_task_idx').on(t.taskId),
    index('attachments_update_idx').on(t.updateId),
    check('attachments_size_range', sql`${t.sizeBytes} > 0 AND ${t.sizeBytes} <= ${sql.raw(String(MAX_ATTACHMENT_BYTES))}`),
    check('attachments_sha256_hex', sql`${t.sha256} ~ '^[0-9a-f]{64}$'`),
  ],
);

export const attachmentBlobs = pgTable('attachment_blobs', {
  attachmentId: integer()
    .primaryKey()
    .references(() => attachments.id, { onDelete: 'cascade' }),
  content: bytea().notNull(),
});

export const notifications = pgTable(
  'notifications',
  {
    id: id(),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: notificationKind().notNull(),
    taskId: integer().references(() => tasks.id, { onDelete: 'cascade' }),
    message: text().notNull(),
    /** One notification per event: a reminder job that runs twice inserts nothing the second time. */
    dedupeKey: text().notNull(),
    createdAt: createdAt(),
    readAt: timestamp({ withTimezone: true }),
    emailedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    uniqueIndex('notifications_dedupe_key').on(t.userId, t.dedupeKey),
    index('notifications_user_unread_idx').on(t.userId, t.readAt, t.createdAt.desc()),
  ],
);

/**
 * Append-only: a trigger in migration 0002 refuses UPDATE, DELETE and TRUNCATE.
 * Every write of the app inserts its row here in the same transaction as the change.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    actorId: integer().references(() => users.id, { onDelete: 'restrict' }),
    action: text().notNull(),
    entity: text().notNull(),
    entityId: text().notNull(),
    taskId: integer(),
    before: jsonb(),
    after: jsonb(),
    ip: text(),
  },
  (t) => [
    index('audit_log_entity_idx').on(t.entity, t.entityId, t.at),
    index('audit_log_task_idx').on(t.taskId, t.at),
    index('audit_log_at_idx').on(t.at.desc()),
    index('audit_log_actor_idx').on(t.actorId, t.at),
  ],
);

/**
 * A number per plan that every committed change to the plan's figures raises (tasks, their units
 * and indicators, priorities, health ratings, unit names): triggers in migration 0005 set it from a
 * sequence in the writing transaction itself. Cached dashboard figures are served only while it is unchanged.
 */
export const planRevisions = pgTable('plan_revisions', {
  planId: integer()
    .primaryKey()
    .references(() => plans.id, { onDelete: 'cascade' }),
  revision: bigint({ mode: 'number' }).notNull().default(0),
});

/** Personal API tokens: shown once, stored as a SHA-256 of the random token. */
export const apiTokens = pgTable(
  'api_tokens',
  {
    id: id(),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    tokenHash: text().notNull(),
    prefix: text().notNull(),
    createdById: integer()
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    createdAt: createdAt(),
    expiresAt: timestamp({ withTimezone: true }),
    revokedAt: timestamp({ withTimezone: true }),
    lastUsedAt: timestamp({ withTimezone: true }),
  },
  (t) => [uniqueIndex('api_tokens_hash_key').on(t.tokenHash), index('api_tokens_user_idx').on(t.userId)],
);

/** Sign-in attempts by address, for throttling one address across accounts. */
export const signInAttempts = pgTable(
  'sign_in_attempts',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    ip: text().notNull(),
    email: text().notNull(),
    succeeded: boolean().notNull(),
    at: createdAt(),
  },
  (t) => [index('sign_in_attempts_ip_idx').on(t.ip, t.at)],
);

export const unitsRelations = relations(units, ({ one, many }) => ({
  parent: one(units, { fields: [units.parentId], references: [units.id], relationName: 'unit_tree' }),
  children: many(units, { relationName: 'unit_tree' }),
  users: many(users),
}));

export const usersRelations = relations(users, ({ one }) => ({
  unit: one(units, { fields: [users.unitId], references: [units.id] }),
}));

export const plansRelations = relations(plans, ({ many }) => ({ priorities: many(priorities) }));

export const prioritiesRelations = relations(priorities, ({ one, many }) => ({
  plan: one(plans, { fields: [priorities.planId], references: [plans.id] }),
  leadUnit: one(units, { fields: [priorities.leadUnitId], references: [units.id] }),
  tasks: many(tasks),
}));

export const tasksRelations = relations(tasks, ({ one, many }) => ({
  priority: one(priorities, { fields: [tasks.priorityId], references: [priorities.id] }),
  leadUnit: one(units, { fields: [tasks.leadUnitId], references: [units.id] }),
  owner: one(users, { fields: [tasks.ownerId], references: [users.id] }),
  supportingUnits: many(taskSupportingUnits),
  indicators: many(indicators),
  updates: many(progressUpdates),
}));

export const taskSupportingUnitsRelations = relations(taskSupportingUnits, ({ one }) => ({
  task: one(tasks, { fields: [taskSupportingUnits.taskId], references: [tasks.id] }),
  unit: one(units, { fields: [taskSupportingUnits.unitId], references: [units.id] }),
}));

export const indicatorsRelations = relations(indicators, ({ one }) => ({
  task: one(tasks, { fields: [indicators.taskId], references: [tasks.id] }),
}));

export const progressUpdatesRelations = relations(progressUpdates, ({ one }) => ({
  task: one(tasks, { fields: [progressUpdates.taskId], references: [tasks.id] }),
  author: one(users, { fields: [progressUpdates.authorId], references: [users.id] }),
}));

export type Unit = typeof units.$inferSelect;
export type User = typeof users.$inferSelect;
export type Plan = typeof plans.$inferSelect;
export type Priority = typeof priorities.$inferSelect;
export type Task = typeof tasks.$inferSelect;
export type Indicator = typeof indicators.$inferSelect;
export type Role = (typeof role.enumValues)[number];
export type TaskStatus = (typeof taskStatus.enumValues)[number];
export type PlanStatus = (typeof planStatus.enumValues)[number];
