// @vitest-environment happy-dom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { contactListKeys, contactListMutations, contactListsQuery } from '../../api/resources/contactLists';
import { soundKeys } from '../../api/resources/sounds';
import { errorAnswer, on, requestsTo } from '../../testing/fakeCallfire';
import { renderInConsole } from '../../testing/renderInConsole';
import { ListNameDialog } from './ListNameDialog';

function renderRenameDialog() {
  const onClose = vi.fn();
  const view = renderInConsole(
    <ListNameDialog
      title="Rename Leads"
      initialName="Leads"
      submitLabel="Rename"
      mutation={contactListMutations.rename(60)}
      variablesOf={(name) => name}
      onClose={onClose}
    />,
  );
  const dialog = within(screen.getByRole('dialog', { name: 'Rename Leads' }));
  return { ...view, onClose, dialog, name: dialog.getByLabelText('List name') };
}

describe('ListNameDialog (the form idiom: FormDialog, FormTextField, useFormMutation)', { timeout: 60_000 }, () => {
  it('checks the name in the browser before anything is sent', async () => {
    const user = userEvent.setup();
    const { dialog, name } = renderRenameDialog();
    await user.clear(name);
    await user.click(dialog.getByRole('button', { name: 'Rename' }));
    expect(await dialog.findByText('Enter a name for the list')).toBeTruthy();
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(requestsTo('PUT', '/contacts/lists/60')).toHaveLength(0);
  });

  it('shows a refusal about the name under the field, and any other above the buttons', async () => {
    const user = userEvent.setup();
    const { dialog, name, onClose } = renderRenameDialog();
    on('PUT', '/contacts/lists/60', () => errorAnswer(400, 'name: a list named "Leads" already exists'));
    await user.click(dialog.getByRole('button', { name: 'Rename' }));
    expect(await dialog.findByText('name: a list named "Leads" already exists')).toBeTruthy();
    expect(name.getAttribute('aria-invalid')).toBe('true');

    on('PUT', '/contacts/lists/60', () => errorAnswer(409, 'The list is being imported; try again when it is done'));
    await user.click(dialog.getByRole('button', { name: 'Rename' }));
    expect((await dialog.findByRole('alert')).textContent).toBe(
      'The list is being imported; try again when it is done',
    );
    expect(onClose).not.toHaveBeenCalled();
  });

  it('closes once saved and refreshes what the rename declares it changes, nothing else', async () => {
    const user = userEvent.setup();
    const { dialog, name, onClose, queryClient } = renderRenameDialog();
    on('GET', '/contacts/lists', { items: [], totalCount: 0 });
    await queryClient.prefetchQuery(contactListsQuery('', { limit: 10, offset: 0 }));
    queryClient.setQueryData(['contacts', 'detail', 7], { id: 7 });
    queryClient.setQueryData(soundKeys.all, []);
    on('PUT', '/contacts/lists/60', () => new Response(null, { status: 200 }));

    await user.clear(name);
    await user.type(name, 'Customers');
    await user.click(dialog.getByRole('button', { name: 'Rename' }));
    await waitFor(() => expect(onClose).toHaveBeenCalledOnce());
    expect(requestsTo('PUT', '/contacts/lists/60')[0].body).toEqual({ name: 'Customers' });
    // Lists and contacts (which show their lists) are stale; sounds are not the rename's business.
    await waitFor(() =>
      expect(queryClient.getQueryState(contactListKeys.search('', { limit: 10, offset: 0 }))?.isInvalidated).toBe(true),
    );
    expect(queryClient.getQueryState(['contacts', 'detail', 7])?.isInvalidated).toBe(true);
    expect(queryClient.getQueryState(soundKeys.all)?.isInvalidated).toBe(false);
  });
});
