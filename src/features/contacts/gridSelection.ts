import type { GridRowSelectionModel } from '@mui/x-data-grid';

export const noSelection = (): GridRowSelectionModel => ({ type: 'include', ids: new Set() });

/**
 * The ids a grid selection stands for on the page shown. "Select all" gives an exclude model (every
 * row but these); a server-paged grid only knows the rows of its page, so that is what "all" means.
 */
export function selectedRowIds(model: GridRowSelectionModel, rows: { id?: number }[] | undefined): number[] {
  if (model.type === 'include') return [...model.ids].map(Number);
  return (rows ?? []).flatMap((row) => (row.id !== undefined && !model.ids.has(row.id) ? [row.id] : []));
}
