// Account, unit and token administration against a real (seeded) database: each write leaves exactly
// one audit row with the right before/after; role changes, disabling and resets end open sessions;
// every refusal (wrong role, stale version, a cycle in the unit tree, a wrong password) changes nothing.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '@/db/errors';
import { verifyPassword } from '@/db/passwords';
import type { Viewer } from '@/db/policy';
import { queryRows } from '@/db/raw';
import { changeOwnPassword, createAccount, listAccounts, mustChangePassword, resetPassword, updateAccount } from '@/db/queries/accounts';
import { issueApiToken, listApiTokens, loadViewerByToken, revokeApiToken } from '@/db/queries/api-tokens';
import { listAudit, listAuditFacets } from '@/db/queries/audit';
import { authenticate, loadViewer } from '@/db/queries/auth';
import { createUnit, listUnitsForAdmin, updateUnit } from '@/db/queries/units';
import { createTestDb, TEST_PASSWORD, type TestDb } from '../support/test-db';

const IP = '10.0.0.42';
const TEMPORARY = 'Tam-thoi-2021-VL';

let t: TestDb;
const people: Record<string, Viewer> = {};

beforeAll(async () => {
  t = await createTestDb({ seed: true });
  const rows = await queryRows<Viewer & { unit_id: number }>(t.db, sql`SELECT id, role, unit_id, name, email FROM users`);
  for (const row of rows) people[row.email] = { id: row.id, role: row.role, unitId: row.unit_id, name: row.name, email: row.email };
});
afterAll(() => t.close());

const admin = () => people['quantri@khcn.langson.gov.vn']!;
const leader = () => people['lanhdao@khcn.langson.gov.vn']!;
const officer = () => people['trangdinh@langson.gov.vn']!;
const viewer = () => people['ubnd@langson.gov.vn']!;

type AuditRow = { actor_id: number | null; action: string; entity: string; entity_id: string; before: unknown; after: unknown; ip: string | null };
type UserRow = { role: string; unit_id: number; disabled: boolean; must_change_password: boolean; session_version: number; version: number; password_hash: string; locked_until: Date | null };
type UnitRow = { name: string; parent_id: number | null; active: boolean; valid_to: string | null; version: number };

const json = (value: unknown) => (typeof value === 'string' ? JSON.parse(value) : value);

async function lastAuditId(): Promise<number> {
  const [row] = await queryRows<{ id: number | null }>(t.db, sql`SELECT max(id)::int AS id FROM audit_log`);
  return row?.id ?? 0;
}

/** Runs a write and returns the audit rows it added, oldest first. */
async function auditOf(write: () => Promise<unknown>): Promise<AuditRow[]> {
  const since = await lastAuditId();
  await write();
  const rows = await queryRows<AuditRow>(t.db, sql`SELECT actor_id, action, entity, entity_id, before, after, ip FROM audit_log WHERE id > ${since} ORDER BY id`);
  return rows.map((r) => ({ ...r, before: json(r.before), after: json(r.after) }));
}

async function userRow(id: number): Promise<UserRow> {
  const [row] = await queryRows<UserRow>(
    t.db,
    sql`SELECT role, unit_id, disabled, must_change_password, session_version, version, password_hash, locked_until FROM users WHERE id = ${id}`,
  );
  return row!;
}

async function unitRow(id: number): Promise<UnitRow> {
  const [row] = await queryRows<UnitRow>(t.db, sql`SELECT name, parent_id, active, valid_to::text, version FROM units WHERE id = ${id}`);
  return row!;
}

async function unitId(code: string): Promise<number> {
  const [row] = await queryRows<{ id: number }>(t.db, sql`SELECT id FROM units WHERE code = ${code}`);
  return row!.id;
}

/** Everything an administration write could touch, to prove a refusal changed nothing. */
async function snapshot() {
  return {
    users: await queryRows(t.db, sql`SELECT id, email, name, role, unit_id, disabled, must_change_password, session_version, version, password_hash FROM users ORDER BY id`),
    units: await queryRows(t.db, sql`SELECT id, code, name, parent_id, active, valid_to::text, version FROM units ORDER BY id`),
    tokens: await queryRows(t.db, sql`SELECT id, revoked_at FROM api_tokens ORDER BY id`),
    audit: await lastAuditId(),
  };
}

async function expectRefused(promise: Promise<unknown>, code: AppError['code'], field?: string): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  if (field) expect((error as AppError).details.fields?.[field]).toBeDefined();
  return error as AppError;
}

describe('accounts', () => {
  let created: { id: number; version: number };

  it('creating an account leaves one audit row, without the password, and forces a password change', async () => {
    const vanLang = await unitId('VL');
    let account!: Awaited<ReturnType<typeof createAccount>>;
    const rows = await auditOf(async () => {
      account = await createAccount(t.db, admin(), { email: 'nguyen.van.a@langson.gov.vn', name: 'Nguyễn Văn A', role: 'officer', unitId: vanLang, password: TEMPORARY }, IP);
    });
    created = { id: account.id, version: account.version };
    expect(account).toMatchObject({ email: 'nguyen.van.a@langson.gov.vn', role: 'officer', unitId: vanLang, unitName: 'huyện Văn Lãng', disabled: false, mustChangePassword: true });
    expect(account).not.toHaveProperty('passwordHash');
    expect(rows).toEqual([
      {
        actor_id: admin().id,
        action: 'account.create',
        entity: 'user',
        entity_id: String(account.id),
        before: null,
        after: { email: 'nguyen.van.a@langson.gov.vn', name: 'Nguyễn Văn A', role: 'officer', unitId: vanLang },
        ip: IP,
      },
    ]);
    expect(JSON.stringify(rows)).not.toContain(TEMPORARY);
    expect(await verifyPassword((await userRow(account.id)).password_hash, TEMPORARY)).toBe(true);
  });

  it('refuses a second account with the same email and changes nothing', async () => {
    const before = await snapshot();
    await expectRefused(
      createAccount(t.db, admin(), { email: 'nguyen.van.a@langson.gov.vn', name: 'Trùng', role: 'viewer', unitId: await unitId('VL'), password: TEMPORARY }),
      'invalid',
      'email',
    );
    expect(await snapshot()).toEqual(before);
  });

  it('a role change leaves one audit row and ends the open sessions', async () => {
    const old = await userRow(created.id);
    const rows = await auditOf(() => updateAccount(t.db, admin(), created.id, { version: old.version, role: 'leader' }, IP));
    expect(rows).toEqual([
      { actor_id: admin().id, action: 'account.update', entity: 'user', entity_id: String(created.id), before: { role: 'officer' }, after: { role: 'leader' }, ip: IP },
    ]);
    const now = await userRow(created.id);
    expect(now.role).toBe('leader');
    expect(now.session_version).toBe(old.session_version + 1);
    expect(now.version).toBe(old.version + 1);
    expect(await loadViewer(t.db, { userId: created.id, sessionVersion: old.session_version })).toBeNull();
  });

  it('a unit change is audited with the old and new unit and ends the sessions too', async () => {
    const old = await userRow(created.id);
    const chiLang = await unitId('CL');
    const rows = await auditOf(() => updateAccount(t.db, admin(), created.id, { version: old.version, unitId: chiLang }, IP));
    expect(rows.map((r) => [r.action, r.before, r.after])).toEqual([['account.update', { unitId: old.unit_id }, { unitId: chiLang }]]);
    expect((await userRow(created.id)).session_version).toBe(old.session_version + 1);
  });

  it('a rename alone is audited but keeps the sessions', async () => {
    const old = await userRow(created.id);
    const rows = await auditOf(() => updateAccount(t.db, admin(), created.id, { version: old.version, name: 'Nguyễn Văn An' }, IP));
    expect(rows.map((r) => [r.action, r.before, r.after])).toEqual([['account.update', { name: 'Nguyễn Văn A' }, { name: 'Nguyễn Văn An' }]]);
    expect((await userRow(created.id)).session_version).toBe(old.session_version);
  });

  it('a stale version is refused with the current record and changes nothing', async () => {
    const before = await snapshot();
    const error = await expectRefused(updateAccount(t.db, admin(), created.id, { version: created.version, role: 'viewer' }), 'conflict');
    expect(error.details.current).toMatchObject({ role: 'leader', version: (await userRow(created.id)).version });
    await expectRefused(resetPassword(t.db, admin(), created.id, { version: created.version, password: 'Mot-mat-khau-khac' }), 'conflict');
    expect(await snapshot()).toEqual(before);
  });

  it('disabling leaves one audit row, ends the sessions and stops sign-in', async () => {
    const old = await userRow(created.id);
    const rows = await auditOf(() => updateAccount(t.db, admin(), created.id, { version: old.version, disabled: true }, IP));
    expect(rows).toEqual([
      { actor_id: admin().id, action: 'account.update', entity: 'user', entity_id: String(created.id), before: { disabled: false }, after: { disabled: true }, ip: IP },
    ]);
    expect((await userRow(created.id)).session_version).toBe(old.session_version + 1);
    const outcome = await authenticate(t.db, { email: 'nguyen.van.a@langson.gov.vn', password: TEMPORARY, ip: '10.9.9.9' });
    expect(outcome).toEqual({ ok: false, reason: 'disabled' });
  });

  it('an administrator cannot disable or demote himself', async () => {
    const before = await snapshot();
    const me = await userRow(admin().id);
    await expectRefused(updateAccount(t.db, admin(), admin().id, { version: me.version, disabled: true }), 'invalid', 'disabled');
    await expectRefused(updateAccount(t.db, admin(), admin().id, { version: me.version, role: 'officer' }), 'invalid', 'role');
    expect(await snapshot()).toEqual(before);
  });

  it('a password reset leaves one audit row, lifts a lockout, ends the sessions and forces a change', async () => {
    const target = people['vanlang@langson.gov.vn']!;
    // A lockout from wrong passwords, as db/queries/auth.ts sets it.
    await t.db.execute(sql`UPDATE users SET locked_until = now() + interval '15 minutes' WHERE id = ${target.id}`);
    const old = await userRow(target.id);
    expect(old.must_change_password).toBe(false);
    const rows = await auditOf(() => resetPassword(t.db, admin(), target.id, { version: old.version, password: TEMPORARY }, IP));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actor_id: admin().id, action: 'account.reset_password', entity: 'user', entity_id: String(target.id), ip: IP });
    expect(rows[0]!.before).toEqual({ mustChangePassword: false, lockedUntil: expect.any(String) });
    expect(rows[0]!.after).toEqual({ mustChangePassword: true, lockedUntil: null });
    expect(JSON.stringify(rows)).not.toContain(TEMPORARY);
    const now = await userRow(target.id);
    expect(now).toMatchObject({ must_change_password: true, locked_until: null, session_version: old.session_version + 1, version: old.version + 1 });
    expect(await verifyPassword(now.password_hash, TEMPORARY)).toBe(true);
    expect(await mustChangePassword(t.db, target)).toBe(true);
  });

  it('the account list tells who is locked out right now', async () => {
    const target = people['chilang@langson.gov.vn']!;
    await t.db.execute(sql`UPDATE users SET locked_until = now() + interval '15 minutes' WHERE id = ${target.id}`);
    await t.db.execute(sql`UPDATE users SET locked_until = now() - interval '1 minute' WHERE id = ${people['bacson@langson.gov.vn']!.id}`);
    const accounts = await listAccounts(t.db, admin());
    expect(accounts.find((a) => a.id === target.id)?.lockedOut).toBe(true);
    expect(accounts.find((a) => a.email === 'bacson@langson.gov.vn')?.lockedOut).toBe(false);
    expect(accounts.find((a) => a.email === 'qlkh@khcn.langson.gov.vn')?.lockedOut).toBe(false);
  });
});

describe('changing one’s own password', () => {
  it('is refused with a wrong current password and changes nothing', async () => {
    const me = people['tpls@langson.gov.vn']!;
    const before = await snapshot();
    await expectRefused(changeOwnPassword(t.db, me, { currentPassword: 'not-my-password', newPassword: 'Mat-khau-moi-2021' }), 'invalid', 'currentPassword');
    expect(await snapshot()).toEqual(before);
  });

  it('with the right one: one audit row, the forced change is over and the sessions end', async () => {
    const me = people['vanlang@langson.gov.vn']!; // reset above: must change the password
    const old = await userRow(me.id);
    const rows = await auditOf(() => changeOwnPassword(t.db, me, { currentPassword: TEMPORARY, newPassword: 'Mat-khau-moi-cua-toi' }, IP));
    expect(rows).toEqual([
      { actor_id: me.id, action: 'account.change_password', entity: 'user', entity_id: String(me.id), before: { mustChangePassword: true }, after: { mustChangePassword: false }, ip: IP },
    ]);
    const now = await userRow(me.id);
    expect(now.session_version).toBe(old.session_version + 1);
    expect(await mustChangePassword(t.db, me)).toBe(false);
    expect(await verifyPassword(now.password_hash, 'Mat-khau-moi-cua-toi')).toBe(true);
  });
});

describe('units', () => {
  let commune: { id: number; version: number };

  it('creating a unit leaves one audit row with what was created', async () => {
    const vanLang = await unitId('VL');
    let unit!: Awaited<ReturnType<typeof createUnit>>;
    const input = { code: 'XHOANGVANTHU', name: 'xã Hoàng Văn Thụ', kind: 'commune' as const, parentId: vanLang, validFrom: '2025-07-01', validTo: null };
    const rows = await auditOf(async () => {
      unit = await createUnit(t.db, admin(), input, IP);
    });
    commune = { id: unit.id, version: unit.version };
    expect(unit).toMatchObject({ ...input, active: true, version: 1 });
    expect(rows).toEqual([{ actor_id: admin().id, action: 'unit.create', entity: 'unit', entity_id: String(unit.id), before: null, after: input, ip: IP }]);
    // A new unit goes after the seeded ones, not before them.
    const listed = await listUnitsForAdmin(t.db, admin());
    expect(listed.at(-1)?.id).toBe(unit.id);
  });

  it('a move leaves one audit row with the old and new parent', async () => {
    const old = await unitRow(commune.id);
    const top = await unitId('SKHCN');
    const rows = await auditOf(() => updateUnit(t.db, admin(), commune.id, { version: old.version, parentId: null }, IP));
    expect(rows).toEqual([{ actor_id: admin().id, action: 'unit.update', entity: 'unit', entity_id: String(commune.id), before: { parentId: old.parent_id }, after: { parentId: null }, ip: IP }]);
    const moved = await auditOf(() => updateUnit(t.db, admin(), commune.id, { version: old.version + 1, parentId: top, name: 'phường Hoàng Văn Thụ' }, IP));
    expect(moved.map((r) => [r.before, r.after])).toEqual([[{ parentId: null, name: 'xã Hoàng Văn Thụ' }, { parentId: top, name: 'phường Hoàng Văn Thụ' }]]);
    expect(await unitRow(commune.id)).toMatchObject({ parent_id: top, name: 'phường Hoàng Văn Thụ', version: old.version + 2 });
  });

  it('refuses a move that would make a cycle, and changes nothing', async () => {
    const top = await unitId('SKHCN');
    const division = await unitId('VP');
    const before = await snapshot();
    const current = await unitRow(top);
    // SKHCN → VP is a parent → child; VP (or the new commune under SKHCN) cannot become SKHCN's parent.
    await expectRefused(updateUnit(t.db, admin(), top, { version: current.version, parentId: division }), 'invalid', 'parentId');
    await expectRefused(updateUnit(t.db, admin(), top, { version: current.version, parentId: commune.id }), 'invalid', 'parentId');
    await expectRefused(updateUnit(t.db, admin(), top, { version: current.version, parentId: top }), 'invalid', 'parentId');
    expect(await snapshot()).toEqual(before);
  });

  it('deactivating and reactivating each leave one audit row', async () => {
    const old = await unitRow(commune.id);
    const off = await auditOf(() => updateUnit(t.db, admin(), commune.id, { version: old.version, active: false }, IP));
    expect(off.map((r) => [r.action, r.before, r.after])).toEqual([['unit.update', { active: true }, { active: false }]]);
    // An inactive unit takes no new accounts.
    const before = await snapshot();
    await expectRefused(
      createAccount(t.db, admin(), { email: 'phuong@langson.gov.vn', name: 'Cán bộ phường', role: 'officer', unitId: commune.id, password: TEMPORARY }),
      'invalid',
      'unitId',
    );
    expect(await snapshot()).toEqual(before);
    const on = await auditOf(() => updateUnit(t.db, admin(), commune.id, { version: old.version + 1, active: true }, IP));
    expect(on.map((r) => [r.before, r.after])).toEqual([[{ active: false }, { active: true }]]);
  });

  it('refuses an end date before the start date, and a stale version', async () => {
    const current = await unitRow(commune.id);
    const before = await snapshot();
    await expectRefused(updateUnit(t.db, admin(), commune.id, { version: current.version, validTo: '2020-01-01' }), 'invalid', 'validTo');
    await expectRefused(updateUnit(t.db, admin(), commune.id, { version: current.version - 1, name: 'cũ' }), 'conflict');
    expect(await snapshot()).toEqual(before);
  });
});

describe('personal API tokens', () => {
  it('issuing and revoking each leave one audit row; the token is never stored in clear', async () => {
    const target = people['qlkh@khcn.langson.gov.vn']!;
    let issued!: Awaited<ReturnType<typeof issueApiToken>>;
    const rows = await auditOf(async () => {
      issued = await issueApiToken(t.db, admin(), { userId: target.id, name: 'Hệ thống một cửa', expiresAt: null }, IP);
    });
    expect(rows).toEqual([
      {
        actor_id: admin().id,
        action: 'token.issue',
        entity: 'api_token',
        entity_id: String(issued.id),
        before: null,
        after: { userId: target.id, name: 'Hệ thống một cửa', prefix: issued.prefix, expiresAt: null },
        ip: IP,
      },
    ]);
    expect(JSON.stringify(await queryRows(t.db, sql`SELECT * FROM api_tokens`))).not.toContain(issued.token);
    expect((await loadViewerByToken(t.db, issued.token))?.id).toBe(target.id);
    expect((await listApiTokens(t.db, admin())).find((k) => k.id === issued.id)).toMatchObject({ live: true, userName: target.name });

    const revoked = await auditOf(() => revokeApiToken(t.db, admin(), issued.id, IP));
    expect(revoked).toHaveLength(1);
    expect(revoked[0]).toMatchObject({ action: 'token.revoke', entity_id: String(issued.id), before: { revokedAt: null }, after: { userId: target.id } });
    expect(await loadViewerByToken(t.db, issued.token)).toBeNull();
    expect((await listApiTokens(t.db, admin())).find((k) => k.id === issued.id)?.live).toBe(false);
  });

  it('refuses an expiry in the past and a token for a disabled account', async () => {
    const disabled = (await listAccounts(t.db, admin())).find((a) => a.disabled)!;
    const before = await snapshot();
    await expectRefused(issueApiToken(t.db, admin(), { userId: viewer().id, name: 'Hết hạn', expiresAt: new Date(Date.now() - 60_000) }), 'invalid', 'expiresAt');
    await expectRefused(issueApiToken(t.db, admin(), { userId: disabled.id, name: 'Bị khóa', expiresAt: null }), 'invalid', 'userId');
    expect(await snapshot()).toEqual(before);
  });
});

describe('only administrators administer', () => {
  it.each([
    ['leader', leader],
    ['officer', officer],
    ['viewer', viewer],
  ])('a %s is refused every administration write, and nothing changes', async (_role, who) => {
    const target = people['binhgia@langson.gov.vn']!;
    const row = await userRow(target.id);
    const unit = await unitId('BG');
    const unitVersion = (await unitRow(unit)).version;
    const token = await issueApiToken(t.db, admin(), { userId: target.id, name: `Thử ${_role}`, expiresAt: null });
    const before = await snapshot();
    const actor = who();
    await expectRefused(listAccounts(t.db, actor), 'forbidden');
    await expectRefused(listUnitsForAdmin(t.db, actor), 'forbidden');
    await expectRefused(listApiTokens(t.db, actor), 'forbidden');
    await expectRefused(
      createAccount(t.db, actor, { email: `moi.${_role}@langson.gov.vn`, name: 'Tài khoản mới', role: 'admin', unitId: actor.unitId, password: TEMPORARY }),
      'forbidden',
    );
    await expectRefused(updateAccount(t.db, actor, target.id, { version: row.version, role: 'admin' }), 'forbidden');
    await expectRefused(updateAccount(t.db, actor, actor.id, { version: (await userRow(actor.id)).version, role: 'admin' }), 'forbidden');
    await expectRefused(updateAccount(t.db, actor, target.id, { version: row.version, disabled: true }), 'forbidden');
    await expectRefused(resetPassword(t.db, actor, target.id, { version: row.version, password: TEMPORARY }), 'forbidden');
    await expectRefused(createUnit(t.db, actor, { code: `X${_role}`, name: 'Đơn vị mới', kind: 'commune', parentId: null, validFrom: '2025-07-01', validTo: null }), 'forbidden');
    await expectRefused(updateUnit(t.db, actor, unit, { version: unitVersion, name: 'Đổi tên' }), 'forbidden');
    await expectRefused(updateUnit(t.db, actor, unit, { version: unitVersion, active: false }), 'forbidden');
    await expectRefused(issueApiToken(t.db, actor, { userId: actor.id, name: 'Tự cấp', expiresAt: null }), 'forbidden');
    await expectRefused(revokeApiToken(t.db, actor, token.id), 'forbidden');
    expect(await snapshot()).toEqual(before);
    // The demo password of the seed still works: nothing was reset.
    expect(await verifyPassword((await userRow(target.id)).password_hash, TEST_PASSWORD)).toBe(true);
  });
});

describe('the audit log', () => {
  it('is read by leaders and administrators only, filtered by entity and actor, newest first', async () => {
    const units = await listAudit(t.db, leader(), { entity: 'unit', actorId: admin().id, limit: 50 });
    expect(units.length).toBeGreaterThanOrEqual(5);
    expect(units.every((r) => r.entity === 'unit' && r.actorId === admin().id && r.actorName === admin().name)).toBe(true);
    expect(units.map((r) => r.id)).toEqual([...units.map((r) => r.id)].sort((a, b) => b - a));
    const older = await listAudit(t.db, admin(), { entity: 'unit', before: units[1]!.id, limit: 50 });
    expect(older[0]!.id).toBeLessThan(units[1]!.id);

    const facets = await listAuditFacets(t.db, leader());
    expect(facets.entities).toEqual(expect.arrayContaining(['api_token', 'unit', 'user']));
    expect(facets.actors.map((a) => a.id)).toContain(admin().id);

    await expectRefused(listAudit(t.db, officer(), { limit: 10 }), 'forbidden');
    await expectRefused(listAudit(t.db, viewer(), { limit: 10 }), 'forbidden');
    await expectRefused(listAuditFacets(t.db, viewer()), 'forbidden');
  });
});
