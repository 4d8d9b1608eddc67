// @vitest-environment happy-dom
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, on, requestsTo } from '../../testing/fakeCallfire';
import { renderInConsole } from '../../testing/renderInConsole';
import { ContactListsPage } from './ContactListsPage';

/** The lists CallFire holds: 60 of them, answered a page at a time as findContactLists does. */
function answerLists() {
  const lists = Array.from({ length: 60 }, (_, index) => ({
    id: 60 - index,
    name: `List ${60 - index}`,
    size: 3,
    status: 'ACTIVE',
    created: Date.UTC(2025, 0, 2),
  }));
  on('GET', '/contacts/lists', (_request, url) => {
    const name = url.searchParams.get('name') ?? '';
    const offset = Number(url.searchParams.get('offset') ?? 0);
    const limit = Number(url.searchParams.get('limit') ?? 100);
    const matching = lists.filter((entry) => entry.name.includes(name));
    return json({ items: matching.slice(offset, offset + limit), offset, limit, totalCount: matching.length });
  });
}

const lastQuery = () => Object.fromEntries(requestsTo('GET', '/contacts/lists').at(-1)!.url.searchParams);
const address = () => Object.fromEntries(new URLSearchParams(window.location.search));

// A DataGrid page renders in seconds on a busy machine.
describe('ContactListsPage', { timeout: 90_000 }, () => {
  it('keeps its page, page size and search in the address bar and asks CallFire for that page', async () => {
    answerLists();
    const user = userEvent.setup();
    renderInConsole(<ContactListsPage />, { path: '/contacts/lists?page=2&pageSize=10' });

    // (A grid without layout shows no rows here; its footer counts what CallFire answered.)
    expect(await screen.findByText('11–20 of 60')).toBeTruthy();
    expect(lastQuery()).toEqual({ offset: '10', limit: '10' });

    await user.click(screen.getByRole('button', { name: 'Go to next page' }));
    expect(await screen.findByText('21–30 of 60')).toBeTruthy();
    expect(address()).toEqual({ page: '3', pageSize: '10' });
    expect(lastQuery()).toEqual({ offset: '20', limit: '10' });

    // A new search starts again at the first page, and says so in the address.
    const search = within(screen.getByRole('search', { name: 'Search lists' }));
    fireEvent.change(search.getByLabelText('List name'), { target: { value: 'List 1' } });
    await user.click(search.getByRole('button', { name: 'Search' }));
    expect(await screen.findByText('1–10 of 11')).toBeTruthy();
    expect(address()).toEqual({ pageSize: '10', name: 'List 1' });
    expect(lastQuery()).toEqual({ offset: '0', limit: '10', name: 'List 1' });
  });

  it('falls back to the first page and the default size for an address edited by hand', async () => {
    answerLists();
    renderInConsole(<ContactListsPage />, { path: '/contacts/lists?page=-4&pageSize=7' });
    expect(await screen.findByText('1–25 of 60')).toBeTruthy();
    expect(lastQuery()).toEqual({ offset: '0', limit: '25' });
  });
});
