import { Link } from '@mui/material';
import type { GridColDef } from '@mui/x-data-grid';
import { Link as RouterLink } from 'react-router';
import { formatNumber } from '../lib/format';
import { formatPhone } from '../lib/phone';
import { BatchName, BroadcastLink, ContactLink } from './RecordLinks';
import type { BroadcastKind } from '../api/resources/broadcasts';

/** What a call and a text share: CallFire calls both actions. */
interface Action {
  id?: number;
  toNumber?: string;
  fromNumber?: string;
  campaignId?: number;
  batchId?: number;
  contact?: { id?: number };
  records?: { billedAmount?: number }[];
}

/** The leading columns of a list of calls or texts: the action's link by id, then its two numbers. */
export function actionColumns<Row extends Action>(headerName: string, path: string, width: number): GridColDef<Row>[] {
  return [
    {
      field: 'id',
      headerName,
      width: 100,
      renderCell: ({ row }) => (
        <Link component={RouterLink} to={`${path}/${row.id}`}>
          {row.id}
        </Link>
      ),
    },
    { field: 'toNumber', headerName: 'To', width, valueFormatter: (value: string) => formatPhone(value) },
    { field: 'fromNumber', headerName: 'From', width, valueFormatter: (value: string) => formatPhone(value) },
  ];
}

/** The credits every attempt or message part of an action billed. */
export function creditsColumn<Row extends Action>(width: number): GridColDef<Row> {
  return {
    field: 'billed',
    headerName: 'Credits',
    width,
    valueGetter: (_value, row) =>
      formatNumber((row.records ?? []).reduce((sum, record) => sum + (record.billedAmount ?? 0), 0)),
  };
}

/**
 * Where each action of a search came from: its contact, broadcast and batch by name, with links. A list
 * that already belongs to one broadcast does without them.
 */
export function originColumns<Row extends Action>(kind: BroadcastKind): GridColDef<Row>[] {
  return [
    {
      field: 'contact',
      headerName: 'Contact',
      width: 150,
      sortable: false,
      renderCell: ({ row }) => (row.contact?.id ? <ContactLink id={row.contact.id} /> : 'None'),
    },
    {
      field: 'campaignId',
      headerName: 'Broadcast',
      width: 180,
      renderCell: ({ row }) => (row.campaignId ? <BroadcastLink id={row.campaignId} kind={kind} /> : 'Sent on its own'),
    },
    {
      field: 'batchId',
      headerName: 'Batch',
      width: 140,
      renderCell: ({ row }) => (row.batchId ? <BatchName id={row.batchId} /> : 'None'),
    },
  ];
}
