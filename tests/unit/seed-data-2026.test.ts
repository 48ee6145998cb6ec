// The 2025–2026 seed data's own invariants (db/seed/data/): the 65 communes of Resolution
// 1672/NQ-UBTVQH15 and their succession from the 11 districts of 2021, the units and accounts every
// task refers to, dates, "5 rõ" (owner and deliverable, D10), and that each task tells the story it
// says it tells as of SEED_2026_AS_OF, judged by the app's own rule (db/domain/timeliness.ts).
import { describe, expect, it } from 'vitest';
import { deriveTimeliness } from '@/db/domain/timeliness';
import { seedUnits, seedUsers } from '@/db/seed/units-users';
import { DOCS } from '@/db/seed/data/documents-2026';
import { M } from '@/db/seed/data/plan-2026-common';
import { SEED_2026_AS_OF, plan2026 } from '@/db/seed/data/plan-2026';
import { SEED_SOURCES } from '@/db/seed/data/sources-2026';
import type { SeedDocument, SeedTask2026, StoryTag, StoryTimeliness } from '@/db/seed/data/types-2026';
import { seedCommunes2025, seedSuccessions2025, seedUnitEndings2025, seedUnits2025, successorCommunes } from '@/db/seed/data/units-2025';
import { seedUsers2026 } from '@/db/seed/data/users-2026';

const AS_OF = SEED_2026_AS_OF;
const DISTRICTS = seedUnits.filter((u) => u.kind === 'district').map((u) => u.code);
const tasks = plan2026.priorities.flatMap((p) => p.tasks);

/** The resolution's list as Lao Động published it (without diacritics), in its order. */
const LAODONG_XA =
  'That Khe, Doan Ket, Tan Tien, Trang Dinh, Quoc Khanh, Khang Chien, Quoc Viet, Binh Gia, Tan Van, Hong Phong, Hoa Tham, Quy Hoa, Thien Hoa, Thien Thuat, Thien Long, Bac Son, Hung Vu, Vu Lang, Nhat Hoa, Vu Le, Tan Tri, Van Quan, Diem He, Yen Phuc, Tri Le, Tan Doan, Khanh Khe, Na Sam, Hoang Van Thu, Thuy Hung, Van Lang, Hoi Hoan, Loc Binh, Mau Son, Na Duong, Loi Bac, Thong Nhat, Xuan Duong, Khuat Xa, Dinh Lap, Thai Binh, Chau Son, Kien Moc, Huu Lung, Tuan Son, Tan Thanh, Van Nham, Thien Tan, Yen Binh, Huu Lien, Cai Kinh, Chi Lang, Quan Son, Chien Thang, Nhan Ly, Bang Mac, Van Linh, Dong Dang, Cao Loc, Cong Son, Ba Son'.split(', ');
const LAODONG_PHUONG = ['Tam Thanh', 'Luong Van Tri', 'Ky Lua', 'Dong Kinh'];

const fold = (s: string) => s.replace(/Đ/g, 'D').replace(/đ/g, 'd').normalize('NFD').replace(/[\u0300-\u036f]/g, '');
const bare = (territoryName: string) => territoryName.replace(/^(Xã|Phường) /, '');

// Days off in 2026 as assumed for the demo (Tết 14–22/02, Giỗ Tổ moved to 27/4, 30/4, 1/5, Quốc khánh
// 1–3/9 to be safe): no seeded act is dated on them or on a weekend.
const DAYS_OFF = new Set(['2026-01-01', '2026-04-27', '2026-04-30', '2026-05-01', '2026-09-01', '2026-09-02', '2026-09-03']);
for (let d = 14; d <= 22; d++) DAYS_OFF.add(`2026-02-${d}`);
function isWorkday(day: string): boolean {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !DAYS_OFF.has(day);
}
const isDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);
const in2026 = (s: string) => isDate(s) && s.startsWith('2026-');

/** D9: an extension counts for timeliness only when approved on or before the original deadline. */
function effectiveDueDate(task: SeedTask2026): string {
  const decision = task.extension?.decision;
  return decision?.approved && decision.newDueDate && decision.on <= task.dueDate ? decision.newDueDate : task.dueDate;
}

function derivedStory(task: SeedTask2026): StoryTimeliness {
  if (task.continuous) return 'continuous';
  if (task.paused) return 'paused';
  const c = task.completion;
  const status = c ? (c.confirmedOn ? 'completed' : 'awaiting_confirmation') : task.updates.some((u) => u.progress > 0) ? 'in_progress' : 'not_started';
  const t = deriveTimeliness(
    {
      status,
      progress: task.updates.at(-1)?.progress ?? 0,
      startDate: task.startDate,
      dueDate: effectiveDueDate(task),
      completedOn: status === 'completed' ? c!.requestedOn : null,
      completionRequestedOn: c?.requestedOn ?? null,
    },
    AS_OF,
  );
  if (t === 'cancelled') throw new Error(`${task.code}: no task of 2026 is cancelled`);
  return t;
}

function derivedTags(task: SeedTask2026): StoryTag[] {
  const tags: StoryTag[] = [];
  const d = task.extension?.decision;
  if (task.completion && !task.completion.confirmedOn) tags.push('awaiting_confirmation');
  if (task.completion?.returned) tags.push('returned_once');
  if (d?.approved && d.on <= task.dueDate) tags.push('extension_approved_before_due');
  if (d?.approved && d.on > task.dueDate) tags.push('extension_approved_after_due');
  if (d && !d.approved) tags.push('extension_refused');
  if (task.dueDateChanges?.length) tags.push('due_date_edited');
  if (task.leadUnitCode.startsWith('X-') || task.leadUnitCode.startsWith('P-')) tags.push('commune_led');
  return tags;
}

describe('the 65 communes of 1/7/2025', () => {
  it('are 61 xã and 4 phường, in the resolution’s order and spelled as Lao Động lists them', () => {
    expect(seedCommunes2025).toHaveLength(65);
    const xa = seedCommunes2025.filter((c) => c.territoryKind === 'xã');
    const phuong = seedCommunes2025.filter((c) => c.territoryKind === 'phường');
    expect(xa.map((c) => fold(bare(c.territoryName)))).toEqual(LAODONG_XA);
    expect(phuong.map((c) => fold(bare(c.territoryName)))).toEqual(LAODONG_PHUONG);
    expect(phuong.map((c) => bare(c.territoryName))).toEqual(['Tam Thanh', 'Lương Văn Tri', 'Kỳ Lừa', 'Đông Kinh']);
    expect(seedCommunes2025.map((c) => c.listPosition)).toEqual(Array.from({ length: 65 }, (_, i) => i + 1));
  });

  it('have ASCII codes, body names "UBND xã …", national codes and checked spellings', () => {
    for (const c of seedCommunes2025) {
      expect(c.code).toMatch(c.territoryKind === 'xã' ? /^X-[A-Z]+$/ : /^P-[A-Z]+$/);
      expect(c.name).toBe(`UBND ${c.territoryKind} ${bare(c.territoryName)}`);
      expect(c.gsoCode).toMatch(/^\d{5}$/);
      expect(c.validFrom).toBe('2025-07-01');
      expect(c.spellingChecked && c.spellingSource.length > 0).toBe(true);
      for (const id of [...c.spellingSource, ...c.successionSource]) expect(SEED_SOURCES).toHaveProperty(id);
    }
    expect(new Set(seedCommunes2025.map((c) => c.gsoCode)).size).toBe(65);
  });

  it('take over the districts of 2021: every predecessor district exists and every district has successors', () => {
    for (const c of seedCommunes2025) {
      expect(c.predecessors.length).toBeGreaterThan(0);
      expect(c.predecessorDistrictCodes).toEqual([...new Set(c.predecessors.map((p) => p.districtCode))]);
      for (const d of c.predecessorDistrictCodes) expect(DISTRICTS).toContain(d);
    }
    expect(DISTRICTS).toHaveLength(11);
    for (const d of DISTRICTS) expect(successorCommunes(d).length).toBeGreaterThan(0);
    // Read from the text per unit, not from list order: Khuất Xá is Lộc Bình's though listed among Đình Lập's.
    expect(seedCommunes2025.find((c) => c.code === 'X-KHUATXA')!.predecessorDistrictCodes).toEqual(['LB']);
    expect(successorCommunes('TPLS')).toEqual(['P-TAMTHANH', 'P-LUONGVANTRI', 'P-KYLUA', 'P-DONGKINH']);
  });
});

describe('units and accounts', () => {
  const allUnits = [...seedUnits, ...seedUnits2025];
  const unit = new Map(allUnits.map((u) => [u.code, u]));
  const validOn = (code: string, day: string) => {
    const u = unit.get(code);
    return !!u && u.validFrom <= day && (!u.validTo || u.validTo >= day);
  };
  const allUsers = [...seedUsers, ...seedUsers2026];
  const user = new Map(allUsers.map((u) => [u.email, u]));

  it('have unique codes and emails, parents that exist, and valid date ranges', () => {
    expect(new Set(allUnits.map((u) => u.code)).size).toBe(allUnits.length);
    expect(new Set(allUsers.map((u) => u.email)).size).toBe(allUsers.length);
    for (const u of allUnits) {
      if (u.parentCode) expect(unit.has(u.parentCode)).toBe(true);
      expect(isDate(u.validFrom) && (!u.validTo || u.validTo >= u.validFrom)).toBe(true);
    }
    for (const e of seedUnitEndings2025) {
      expect(seedUnits.map((u) => u.code)).toContain(e.code);
      for (const s of e.successorCodes) expect(validOn(s, AS_OF)).toBe(true);
    }
    for (const s of seedSuccessions2025) expect(unit.has(s.fromCode) && unit.has(s.toCode)).toBe(true);
    for (const u of seedUsers2026) {
      expect(u.email).toBe(u.email.toLowerCase());
      expect(validOn(u.unitCode, AS_OF)).toBe(true);
    }
  });

  it('give every task existing units valid in 2026, an owner of the lead or a supporting unit, and a deliverable', () => {
    expect(tasks.length).toBeGreaterThanOrEqual(40);
    expect(new Set(tasks.map((t) => t.code)).size).toBe(tasks.length);
    for (const priority of plan2026.priorities) {
      expect(validOn(priority.leadUnitCode, AS_OF)).toBe(true);
      for (const t of priority.tasks) {
        expect(t.code.startsWith(`${priority.code}.`)).toBe(true);
        for (const code of [t.leadUnitCode, ...t.supportingUnitCodes]) expect(validOn(code, t.startDate), `${t.code} ${code}`).toBe(true);
        expect(t.supportingUnitCodes).not.toContain(t.leadUnitCode);
        const owner = user.get(t.ownerEmail);
        expect(owner, `${t.code} owner`).toBeDefined();
        expect([t.leadUnitCode, ...t.supportingUnitCodes], `${t.code} owner's unit`).toContain(owner!.unitCode);
        expect(t.deliverable.trim().length).toBeGreaterThan(0);
        for (const who of [...t.updates.map((u) => u.authorEmail), ...(t.comments ?? []).map((c) => c.authorEmail), t.extension?.requestedByEmail, t.extension?.decision?.byEmail]) {
          if (who) expect(user.has(who), `${t.code} ${who}`).toBe(true);
        }
      }
    }
    // The demo commune accounts (a city phường, a mountain xã) each own a task their commune leads.
    for (const u of seedUsers2026.filter((x) => x.demo && x.unitCode.match(/^[XP]-/))) {
      expect(tasks.some((t) => t.ownerEmail === u.email && t.leadUnitCode === u.unitCode)).toBe(true);
    }
    for (const n of plan2026.narratives) expect(user.get(n.postedByEmail)!.unitCode).toBe(plan2026.priorities.find((p) => p.code === n.priorityCode)!.leadUnitCode);
  });
});

describe('dates, documents and indicators of the 2026 plan', () => {
  it('has every date valid, in 2026, in order, and every act on a workday on or before SEED_2026_AS_OF', () => {
    expect(in2026(AS_OF) && in2026(plan2026.issuedOn)).toBe(true);
    for (const t of tasks) {
      expect(in2026(t.startDate) && in2026(t.dueDate) && t.startDate <= t.dueDate, t.code).toBe(true);
      expect(t.weight).toBeGreaterThanOrEqual(1);
      const acts = [
        ...t.updates.map((u) => u.date),
        ...(t.comments ?? []).map((c) => c.date),
        ...[t.completion?.requestedOn, t.completion?.confirmedOn, t.completion?.returned?.requestedOn, t.completion?.returned?.returnedOn],
        ...[t.extension?.requestedOn, t.extension?.decision?.on],
        ...(t.dueDateChanges ?? []).map((c) => c.on),
      ].filter((d): d is string => !!d);
      for (const d of acts) expect(in2026(d) && d <= AS_OF && d >= t.startDate && isWorkday(d), `${t.code} ${d}`).toBe(true);
      const days = t.updates.map((u) => u.date);
      expect([...days].sort(), t.code).toEqual(days);
      t.updates.forEach((u, i) => {
        expect(u.progress >= (t.updates[i - 1]?.progress ?? 0) && u.progress <= 100, t.code).toBe(true);
        expect((u.indicatorActuals ?? []).length).toBeLessThanOrEqual(t.indicators.length);
      });
    }
    for (const n of plan2026.narratives) {
      const quarterEnd = `2026-${String(n.quarter * 3).padStart(2, '0')}-${n.quarter === 1 || n.quarter === 4 ? 31 : 30}`;
      expect(n.postedOn > quarterEnd && n.postedOn <= AS_OF && isWorkday(n.postedOn)).toBe(true);
    }
    expect(plan2026.narratives).toHaveLength(plan2026.priorities.length * 3);
  });

  it('ties completion, returns, extensions and due-date edits together', () => {
    for (const t of tasks) {
      const c = t.completion;
      const at100 = (day: string) => t.updates.some((u) => u.date === day && u.progress === 100);
      if (c) {
        expect(at100(c.requestedOn), `${t.code} request`).toBe(true);
        if (c.confirmedOn) expect(c.confirmedOn >= c.requestedOn).toBe(true);
        if (c.returned) expect(at100(c.returned.requestedOn) && c.returned.requestedOn <= c.returned.returnedOn && c.returned.returnedOn <= c.requestedOn).toBe(true);
      }
      const x = t.extension;
      if (x?.decision) {
        expect(x.decision.on >= x.requestedOn && x.proposedDueDate > t.dueDate).toBe(true);
        if (x.decision.approved) expect(x.decision.newDueDate! > t.dueDate).toBe(true);
        else expect(x.decision.reason?.trim()).toBeTruthy();
      }
      if (t.dueDateChanges?.length) expect(t.dueDateChanges.at(-1)!.to).toBe(t.dueDate);
    }
  });

  it('cites documents in full and marks every figure that is not from a source', () => {
    const cited: SeedDocument[] = [
      plan2026.issuingDocument,
      ...plan2026.priorities.flatMap((p) => p.legalBases),
      ...tasks.flatMap((t) => [t.assignedBy?.document, t.extension?.decision?.document]).filter((d): d is SeedDocument => !!d),
    ];
    for (const p of plan2026.priorities) expect(p.legalBases.length).toBeGreaterThan(0);
    const registry: SeedDocument[] = Object.values(DOCS);
    for (const d of [...cited, ...registry]) {
      expect(d.kind && d.number && d.issuer && d.subject && isDate(d.date)).toBeTruthy();
      expect(d.demo === true || (!!d.sourceId && d.sourceId in SEED_SOURCES), d.number).toBe(true);
    }
    for (const i of tasks.flatMap((t) => t.indicators)) {
      if (i.targetVerified) expect(!i.note && !!i.sourceId).toBe(true);
      else expect(i.note?.startsWith(M), i.name).toBe(true);
    }
  });

  it('writes dates in Vietnamese text as Decree 30/2020/NĐ-CP does and quarters in Roman numerals', () => {
    const texts = [
      ...plan2026.priorities.flatMap((p) => [p.title, p.description]),
      ...tasks.flatMap((t) => [t.title, t.description, t.deliverable, ...t.updates.flatMap((u) => [u.note, ...Object.values(u.report ?? {})]), ...(t.comments ?? []).map((c) => c.body), t.extension?.reason, t.extension?.decision?.reason, t.paused?.reason]),
      ...plan2026.narratives.flatMap((n) => [n.doneText, n.plannedText, n.figuresText]),
    ].filter((s): s is string => !!s);
    for (const text of texts) {
      for (const [, d, m] of text.matchAll(/\b(\d{1,2})\/(\d{1,2})\/20\d\d\b/g)) {
        expect(d!.length === 2 && (Number(m) <= 2 ? m!.length === 2 : !m!.startsWith('0')), text).toBe(true);
      }
      expect(text, text).not.toMatch(/quý\s+\d/i);
    }
  });
});

describe('the story told as of SEED_2026_AS_OF', () => {
  it('is the one each task declares, judged by the app’s timeliness rule', () => {
    for (const t of tasks) {
      expect(derivedStory(t), t.code).toBe(t.story.timeliness);
      expect([...derivedTags(t)].sort(), t.code).toEqual([...(t.story.tags ?? [])].sort());
      if (t.continuous) expect(t.dueDate).toBe('2026-12-31');
    }
  });

  it('has one of each: done on time and late, overdue, at risk, on schedule, not started, paused, continuous, and every act', () => {
    const seen = new Set<string>([...tasks.map((t) => t.story.timeliness), ...tasks.flatMap((t) => t.story.tags ?? [])]);
    const wanted: (StoryTimeliness | StoryTag)[] = ['completed_on_time', 'completed_late', 'overdue', 'at_risk', 'on_schedule', 'not_started', 'paused', 'continuous', 'awaiting_confirmation', 'returned_once', 'extension_approved_before_due', 'extension_approved_after_due', 'extension_refused', 'due_date_edited', 'commune_led'];
    for (const w of wanted) expect(seen, w).toContain(w);
    // Each extension story matters only if the original deadline and the adjusted one disagree.
    const before = tasks.find((t) => t.story.tags?.includes('extension_approved_before_due'))!;
    expect(before.completion!.requestedOn > before.dueDate).toBe(true);
    const after = tasks.find((t) => t.story.tags?.includes('extension_approved_after_due'))!;
    expect(after.completion!.requestedOn <= after.extension!.decision!.newDueDate!).toBe(true);
  });
});
