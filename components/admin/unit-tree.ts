import type { UnitKind, UnitOption } from './unit-select';

type TreeInput = { id: number; code: string; name: string; kind: UnitKind; parentId: number | null; active: boolean };

/**
 * Orders units depth-first (parents before children, siblings in the given order) and gives each
 * its depth. A unit whose parent is missing is shown at the top level rather than lost.
 */
export function unitTree<T extends TreeInput>(units: readonly T[]): (T & { depth: number })[] {
  const ids = new Set(units.map((u) => u.id));
  const children = new Map<number | null, T[]>();
  for (const unit of units) {
    const parent = unit.parentId !== null && ids.has(unit.parentId) ? unit.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), unit]);
  }
  const ordered: (T & { depth: number })[] = [];
  const seen = new Set<number>();
  const walk = (parent: number | null, depth: number) => {
    for (const unit of children.get(parent) ?? []) {
      if (seen.has(unit.id)) continue;
      seen.add(unit.id);
      ordered.push({ ...unit, depth });
      walk(unit.id, depth + 1);
    }
  };
  walk(null, 0);
  return ordered;
}

/** The unit and all units below it. */
export function descendantsOf(units: readonly TreeInput[], id: number): Set<number> {
  const below = new Set<number>([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const unit of units) {
      if (unit.parentId !== null && below.has(unit.parentId) && !below.has(unit.id)) {
        below.add(unit.id);
        grew = true;
      }
    }
  }
  return below;
}

export function unitOptions(units: readonly TreeInput[]): UnitOption[] {
  return unitTree(units).map(({ id, code, name, kind, depth, active }) => ({ id, code, name, kind, depth, active }));
}
