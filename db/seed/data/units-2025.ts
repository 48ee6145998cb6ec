// The 2025 structure in one place for the loader: the 65 communes (./communes-2025.ts), the merged
// department's new divisions and the external bodies (./department-2025.ts), the end dates to set on
// 2021 units, and every succession link (a 2021 district → the communes that took over its area; a
// 2021 division or the Sở TT&TT → the unit that took over its work). Sources: ./SOURCES.md.
import { addDays } from '../../domain/dates';
import { COMMUNES_FROM, seedCommunes2025 } from './communes-2025';
import { MERGER_DAY, seedDivisions2025, seedExternalUnits2025, seedUnitEndings2025 } from './department-2025';
import type { SeedSuccession } from './types-2026';

export { COMMUNES_FROM, MERGER_DAY, seedCommunes2025, seedDivisions2025, seedExternalUnits2025, seedUnitEndings2025 };

/** Units to insert (parents first): new divisions, external bodies, then communes in the resolution's order. */
export const seedUnits2025 = [...seedDivisions2025, ...seedExternalUnits2025, ...seedCommunes2025];

/** One link per (2021 district, 2025 commune) pair, then the department's links. */
export const seedSuccessions2025: SeedSuccession[] = [
  ...seedCommunes2025.flatMap((commune) =>
    commune.predecessorDistrictCodes.map((fromCode) => ({
      fromCode,
      toCode: commune.code,
      on: COMMUNES_FROM,
      sourceIds: commune.successionSource,
      verified: commune.successionVerified,
    })),
  ),
  ...seedUnitEndings2025.flatMap((ending) =>
    ending.successorCodes.map((toCode) => ({
      fromCode: ending.code,
      toCode,
      on: addDays(ending.validTo, 1),
      sourceIds: ending.sourceId ? [ending.sourceId] : [],
      verified: !ending.demo,
    })),
  ),
  // The Sở TT&TT's work went to the merged Sở (verified); which divisions took it over is demo.
  { fromCode: 'STTTT', toCode: 'SKHCN', on: MERGER_DAY, sourceIds: ['LAODONG_SO_2025'], verified: true },
];

/** The communes that took over (part of) a 2021 district's area, in the resolution's order. */
export function successorCommunes(districtCode: string): string[] {
  return seedCommunes2025.filter((c) => (c.predecessorDistrictCodes as string[]).includes(districtCode)).map((c) => c.code);
}
