// The shapes of the 2025–2026 seed data (issue 13), composed from the 2021 shapes in ../types.ts.
// Plain data: nothing here touches the database. Every field says in one line what it means; where
// a value is not from a source, a flag says so (demo, *Verified: false, "Số liệu minh họa").
// The sources named by SourceId are listed in ./sources-2026.ts and described in ./SOURCES.md.
import type { SeedCompletion, SeedIndicator, SeedPlan, SeedPriority, SeedTask, SeedUnit, SeedUpdate, SeedUser } from '../types';
import type { SourceId } from './sources-2026';

export type { SourceId };

/** Codes of the 11 district-level units of 2021 (db/seed/units-users.ts), all ended 30/6/2025. */
export type DistrictCode = 'TPLS' | 'TD' | 'VL' | 'VQ' | 'BG' | 'BS' | 'HL' | 'CL' | 'CLO' | 'LB' | 'DL';

/** One public source: what it is, where it can be opened, what the seed took from it. */
export type SeedSource = {
  /** Title as the source gives it (Vietnamese where the source is Vietnamese). */
  title: string;
  /** Address of the page, document or file. */
  url: string;
  /** How it was read when it was not read at its own address (e.g. a capture kept in a public repository). */
  via?: string;
  /** What the seed took from it, in one sentence. */
  taken: string;
};

/** A document (văn bản) cited as a legal basis, an assigning document or an approval. */
export type SeedDocument = {
  /** Tên loại as written in a citation: "Kế hoạch", "Quyết định", "Nghị quyết", "Công văn", "Chỉ thị", "Luật", "Thông báo". */
  kind: string;
  /** Số và ký hiệu, e.g. "333/KH-UBND"; cite as `${kind} số ${number}`. */
  number: string;
  /** Ngày ban hành, yyyy-MM-dd. */
  date: string;
  /** Cơ quan ban hành, e.g. "UBND tỉnh Lạng Sơn". */
  issuer: string;
  /** Trích yếu (subject) as the source gives it. */
  subject: string;
  /** Where the number, date, issuer and subject were read; absent only for demo documents. */
  sourceId?: SourceId;
  /** False when the subject (trích yếu) was inferred from context rather than read; SOURCES.md says how. */
  subjectVerified: boolean;
  /** True when the number and date are invented for the demo (the document's existence is not claimed). */
  demo?: true;
};

/**
 * A 2025 commune-level unit (Resolution 1672/NQ-UBTVQH15), the body that receives tasks. Inherited:
 * `code` ("X-THATKHE", "P-TAMTHANH"); `name` (the body: "UBND xã Thất Khê"); `validFrom` (2025-07-01).
 */
export type SeedCommune = SeedUnit & {
  kind: 'commune';
  /** Xã or phường, as the resolution classifies the unit. */
  territoryKind: 'xã' | 'phường';
  /** The territory's name with its kind, e.g. "Xã Thất Khê"; `name` is the body: "UBND xã Thất Khê". */
  territoryName: string;
  /** The unit's code in the national list of administrative units in force from 1/7/2025 (5 digits). */
  gsoCode: string;
  /** Position in the resolution's list as the press published it (1–61 xã, 62–65 phường): the display order. */
  listPosition: number;
  /** The communes of 2025 (before the merger) whose whole or partial area formed this unit, as the source words them. */
  predecessors: { name: string; districtCode: DistrictCode; partial?: true }[];
  /** The distinct 2021 district-level units those communes belonged to: the succession link (district → commune). */
  predecessorDistrictCodes: DistrictCode[];
  /** Sources the Vietnamese spelling was checked against. */
  spellingSource: SourceId[];
  /** True when the spelling agrees in every source in spellingSource. */
  spellingChecked: boolean;
  /** Sources the predecessor communes and their districts were read from. */
  successionSource: SourceId[];
  /** True when the grouping was read from the text per unit (not inferred from list order). */
  successionVerified: boolean;
  /** Anything a reader should know about this unit's succession (split communes, same-name communes). */
  note?: string;
};

/** A division of the merged department (from 1/3/2025) or the leadership. */
export type SeedDivision = SeedUnit & {
  kind: 'leadership' | 'division';
  /** True when the name and existence are not from a Lạng Sơn source (the post-merger structure was not found). */
  demo: boolean;
  /** Codes of the 2021 units this one took over, if any. */
  predecessorCodes?: string[];
  /** Why the unit is as it is, and what is demo about it. */
  note?: string;
};

/** A body outside the department that leads or coordinates tasks (kind 'external'). */
export type SeedExternalUnit = SeedUnit & {
  kind: 'external';
  /** Where the name or the date was read; absent when neither is sourced. */
  sourceId?: SourceId;
  /** True when the name form was read in a source; false when it is the usual form, unchecked. */
  nameChecked: boolean;
  /** True when validFrom/validTo are from a source; false when validFrom is the seed's placeholder. */
  datesVerified: boolean;
  note?: string;
};

/** An end date to set on a unit that db/seed/units-users.ts seeds without one, and who took over. */
export type SeedUnitEnding = {
  /** Code of the existing unit. */
  code: string;
  /** Its last day, yyyy-MM-dd. */
  validTo: string;
  /** Units that took over its work (the succession link). */
  successorCodes: string[];
  /** Why it ended, in Vietnamese, for the unit page. */
  reason: string;
  sourceId?: SourceId;
  /** True when the ending itself (not only its date) is a demo assumption. */
  demo: boolean;
};

/** One succession link: unit `fromCode` ended and `toCode` took over (part of) its area or work on `on`. */
export type SeedSuccession = {
  fromCode: string;
  toCode: string;
  /** The successor's first day, yyyy-MM-dd. */
  on: string;
  sourceIds: SourceId[];
  /** False when the link is a demo assumption. */
  verified: boolean;
};

/** A 2026 account. Names are fictional; `demo: true` accounts are listed in the README. */
export type SeedUser2026 = SeedUser & {
  /** Always true: no real person is named. */
  fictional: true;
};

/** The fields of a progress report that CV 2881/VP-KGVX (07/5/2025) asks for on each assigned task. */
export type Cv2881Report = {
  /** Kết quả thực hiện. */
  results: string;
  /** Khó khăn, vướng mắc. */
  difficulties: string;
  /** Nguyên nhân. */
  causes: string;
  /** Phương hướng, giải pháp. */
  solutions: string;
};

/** A progress update; `note` is the short line shown in lists, `report` the full CV 2881 content. */
export type SeedUpdate2026 = SeedUpdate & { report?: Cv2881Report };

/** An indicator (chỉ tiêu). `note` is "Số liệu minh họa…" exactly when targetVerified is false. */
export type SeedIndicator2026 = SeedIndicator & {
  /** The source that names the indicator (and its target when targetVerified). */
  sourceId?: SourceId;
  /** True when the 2026 target value itself is stated by the source. */
  targetVerified: boolean;
};

/** The document that assigned a task (số/ký hiệu, ngày, cơ quan ban hành, trích yếu). */
export type SeedAssignment = {
  document: SeedDocument;
  /** Where in the document, e.g. "Phụ lục II", when known. */
  clause?: string;
  /** False when the document is real but that it assigns this very task is not verified (its annex was not read). */
  clauseVerified: boolean;
};

/** An extension (gia hạn) requested by an officer and decided by a leader (D9): an act, not an edit. */
export type SeedExtension = {
  /** Date of the written request, yyyy-MM-dd. */
  requestedOn: string;
  requestedByEmail: string;
  /** Lý do xin gia hạn. */
  reason: string;
  /** The deadline the officer proposes. */
  proposedDueDate: string;
  /** Absent = not yet decided. */
  decision?: {
    on: string;
    byEmail: string;
    approved: boolean;
    /** The adjusted deadline when approved (hạn điều chỉnh). */
    newDueDate?: string;
    /** The approving document, optional (demo number when present). */
    document?: SeedDocument;
    /** The leader's reason, required when refused. */
    reason?: string;
  };
};

/** A leader's direct edit of a due date: kept, but recorded as a change of the plan (D9). */
export type SeedDueDateChange = { on: string; byEmail: string; from: string; to: string; reason: string };

/** The timeliness a task is written to show as of SEED_2026_AS_OF (db/domain/timeliness.ts buckets, plus two). */
export type StoryTimeliness =
  | 'completed_on_time'
  | 'completed_late'
  | 'on_schedule'
  | 'at_risk'
  | 'overdue'
  | 'not_started'
  /** Paused: shown as "Tạm dừng", not judged by its pace (D8). */
  | 'paused'
  /** Nhiệm vụ thường xuyên: kept out of the due-date statistics. */
  | 'continuous';

/** What else the story shows, so the demo has one of each (checked by tests/unit/seed-data-2026.test.ts). */
export type StoryTag =
  | 'awaiting_confirmation'
  | 'returned_once'
  | 'extension_approved_before_due'
  | 'extension_approved_after_due'
  | 'extension_refused'
  | 'due_date_edited'
  | 'commune_led';

/**
 * A task of the 2026 plan. Inherited from SeedTask (../types.ts): `code` ("NV3.06", unique, prefixed by
 * its priority's code); `title`; `description`; `leadUnitCode` (chủ trì: a division, a commune or an
 * external body); `supportingUnitCodes` (phối hợp, never the lead); `ownerEmail` (người phụ trách, an
 * officer of the lead or a supporting unit); `startDate` (yyyy-MM-dd); `weight` (1–3, for roll-ups);
 * `comments`; `paused` (status "Tạm dừng" with its reason); `cancelled` (unused in 2026).
 */
export type SeedTask2026 = Omit<SeedTask, 'updates' | 'indicators' | 'completion'> & {
  /** yyyy-MM-dd: the original deadline (hạn ban đầu); an approved extension lives in `extension`, a direct edit has already changed it and is listed in `dueDateChanges`. */
  dueDate: string;
  /** Sản phẩm (deliverable): Tờ trình, Quyết định, Báo cáo, Kế hoạch… Required in an active plan (D10). */
  deliverable: string;
  /** The UBND (or other) document that assigned the task, when it came from one. */
  assignedBy?: SeedAssignment;
  /** Nhiệm vụ thường xuyên: out of the due-date statistics; dueDate is the end of the year. */
  continuous?: true;
  indicators: SeedIndicator2026[];
  /** In date order; every date within 2026 and on or before SEED_2026_AS_OF. */
  updates: SeedUpdate2026[];
  /** As in 2021; `requestedOn` (and `returned.requestedOn`) must be the date of an update that reaches 100%. */
  completion?: SeedCompletion;
  extension?: SeedExtension;
  dueDateChanges?: SeedDueDateChange[];
  /** What the data is written to show; the unit test derives it from the data and compares. */
  story: { timeliness: StoryTimeliness; tags?: StoryTag[] };
};

export type SeedPriority2026 = Omit<SeedPriority, 'tasks'> & {
  /** Every legal basis, national and provincial; `legalBasis`/`legalBasisDate` repeat the first one's citation for the 2021 loader. */
  legalBases: SeedDocument[];
  tasks: SeedTask2026[];
};

/** A quarterly narrative of a priority (priority_narratives): done last quarter, planned next, figures. */
export type SeedNarrative = {
  priorityCode: string;
  year: number;
  quarter: 1 | 2 | 3 | 4;
  /** Posting date, after the quarter's end; yyyy-MM-dd. */
  postedOn: string;
  /** An officer of the priority's lead unit. */
  postedByEmail: string;
  doneText: string;
  plannedText: string;
  figuresText: string;
};

export type SeedPlan2026 = Omit<SeedPlan, 'priorities'> & {
  /** The date the plan was issued: tasks count in period reports from here unless their own assigning document is later. */
  issuedOn: string;
  /** The document that issued the plan (demo number: the Sở's own plan was not found). */
  issuingDocument: SeedDocument;
  priorities: SeedPriority2026[];
  narratives: SeedNarrative[];
};
