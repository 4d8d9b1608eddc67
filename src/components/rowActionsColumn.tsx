import { GridActionsCellItem, type GridColDef, type GridValidRowModel } from '@mui/x-data-grid';
import type { ReactElement } from 'react';

/** One icon button in a grid row; `label` names the action and its row for screen readers ("Delete Ann"). */
export interface RowAction {
  icon: ReactElement;
  label: string;
  onClick: () => void;
}

/** The last column of a grid: the actions `actionsOf` gives each row, as icon buttons. */
export function rowActionsColumn<Row extends GridValidRowModel>(
  actionsOf: (row: Row) => RowAction[],
  width = 100,
): GridColDef<Row> {
  return {
    field: 'actions',
    type: 'actions',
    headerName: 'Actions',
    width,
    getActions: ({ row }) =>
      actionsOf(row).map(({ icon, label, onClick }) => (
        <GridActionsCellItem key={label} icon={icon} label={label} onClick={onClick} />
      )),
  };
}
