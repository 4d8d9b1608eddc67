import type { GridRowId, GridRowSelectionModel } from '@mui/x-data-grid';
import { useCallback, useState } from 'react';

const noSelection = (): GridRowSelectionModel => ({ type: 'include', ids: new Set() });

/**
 * The ids of the rows shown that a grid selection covers. "Select all" gives an exclude model (every
 * row but these); a server-paged grid only knows the rows of its page, so that is what "all" means.
 */
export function selectedRowIds<Row, Id extends GridRowId>(
  model: GridRowSelectionModel,
  rows: Row[] | undefined,
  idOf: (row: Row) => Id | undefined,
): Id[] {
  return (rows ?? []).flatMap((row) => {
    const id = idOf(row);
    return id !== undefined && model.ids.has(id) === (model.type === 'include') ? [id] : [];
  });
}

export type RowSelectionGridProps = ReturnType<typeof useRowSelection>['gridProps'];

/**
 * Checkbox selection of a server-paged grid: the selected ids of the rows shown, `clear`, and
 * `gridProps` to spread on the grid.
 */
export function useRowSelection<Row, Id extends GridRowId>(
  rows: Row[] | undefined,
  idOf: (row: Row) => Id | undefined,
) {
  const [model, setModel] = useState<GridRowSelectionModel>(noSelection);
  // Stable, so callbacks that clear the selection can be memoized on it.
  const clear = useCallback(() => setModel(noSelection()), []);
  return {
    ids: selectedRowIds(model, rows, idOf),
    clear,
    gridProps: { checkboxSelection: true, rowSelectionModel: model, onRowSelectionModelChange: setModel },
  };
}
