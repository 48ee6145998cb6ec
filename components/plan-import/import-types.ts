// What the import page's Server Action answers its form with (in ActionState.result).

export type ImportPreviewRow = { row: number; code: string; title: string; priorityCode: string; leadUnitCode: string; dueDate: string };
export type ImportRefusedRow = { row: number; reasons: string[] };
export type ImportSheetRow = { row: number; cells: string[] };

export type ImportOutcome =
  /** The sheet as checked; `rows` go back with the confirmation and are checked again there. */
  | { stage: 'preview'; valid: ImportPreviewRow[]; refused: ImportRefusedRow[]; rows: ImportSheetRow[] }
  | { stage: 'done'; imported: number };
