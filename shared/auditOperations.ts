/**
 * The CallFire operations that change something, as the console's activity log names them: the server
 * matches each write sent through `/api` to one of these, and the Activity page shows its label.
 * `{…}` in a path is the record the operation acts on.
 */
export interface AuditOperation {
  operationId: string;
  method: 'POST' | 'PUT' | 'DELETE';
  path: string;
  label: string;
}

const operation = (method: AuditOperation['method'], path: string, operationId: string, label: string) => ({
  operationId,
  method,
  path,
  label,
});

export const AUDIT_OPERATIONS: readonly AuditOperation[] = [
  operation('POST', '/contacts', 'createContacts', 'Create contacts'),
  operation('PUT', '/contacts/{id}', 'updateContact', 'Change a contact'),
  operation('DELETE', '/contacts/{id}', 'deleteContact', 'Delete a contact'),
  operation('POST', '/contacts/lists', 'createContactList', 'Create a contact list'),
  operation('POST', '/contacts/lists/upload', 'createContactListFromFile', 'Import a contact list'),
  operation('PUT', '/contacts/lists/{id}', 'updateContactList', 'Rename a contact list'),
  operation('DELETE', '/contacts/lists/{id}', 'deleteContactList', 'Delete a contact list'),
  operation('POST', '/contacts/lists/{id}/items', 'addContactListItems', 'Add contacts to a list'),
  operation('DELETE', '/contacts/lists/{id}/items', 'removeContactListItems', 'Take contacts out of a list'),
  operation(
    'DELETE',
    '/contacts/lists/{id}/items/{contactId}',
    'removeContactListItem',
    'Take a contact out of a list',
  ),
  operation('POST', '/me/callerids/{callerid}', 'sendVerificationCodeToCallerId', 'Send a caller id code'),
  operation('POST', '/me/callerids/{callerid}/verification-code', 'verifyCallerId', 'Verify a caller id'),
  operation('POST', '/me/api/credentials', 'createApiCredential', 'Create an API credential'),
  operation('DELETE', '/me/api/credentials/{id}', 'deleteApiCredential', 'Delete an API credential'),
  operation('POST', '/me/api/credentials/{id}/enable', 'enableApiCredentials', 'Enable an API credential'),
  operation('POST', '/me/api/credentials/{id}/disable', 'disableApiCredentials', 'Disable an API credential'),
  operation('POST', '/calls/broadcasts', 'createCallBroadcast', 'Create a voice broadcast'),
  operation('PUT', '/calls/broadcasts/{id}', 'updateCallBroadcast', 'Change a voice broadcast'),
  operation('POST', '/calls/broadcasts/{id}/archive', 'archiveVoiceBroadcast', 'Archive a voice broadcast'),
  operation('POST', '/calls/broadcasts/{id}/start', 'startVoiceBroadcast', 'Start a voice broadcast'),
  operation('POST', '/calls/broadcasts/{id}/stop', 'stopVoiceBroadcast', 'Stop a voice broadcast'),
  operation('POST', '/calls/broadcasts/{id}/batches', 'addCallBroadcastBatch', 'Add a batch to a voice broadcast'),
  operation(
    'POST',
    '/calls/broadcasts/{id}/recipients',
    'addCallBroadcastRecipients',
    'Add recipients to a voice broadcast',
  ),
  operation('PUT', '/campaigns/batches/{id}', 'updateCampaignBatch', 'Enable or disable a batch'),
  operation('POST', '/calls', 'sendCalls', 'Send calls'),
  operation('POST', '/texts/broadcasts', 'createTextBroadcast', 'Create a text broadcast'),
  operation('PUT', '/texts/broadcasts/{id}', 'updateTextBroadcast', 'Change a text broadcast'),
  operation('POST', '/texts/broadcasts/{id}/archive', 'archiveTextBroadcast', 'Archive a text broadcast'),
  operation('POST', '/texts/broadcasts/{id}/start', 'startTextBroadcast', 'Start a text broadcast'),
  operation('POST', '/texts/broadcasts/{id}/stop', 'stopTextBroadcast', 'Stop a text broadcast'),
  operation('POST', '/texts/broadcasts/{id}/batches', 'addTextBroadcastBatch', 'Add a batch to a text broadcast'),
  operation(
    'POST',
    '/texts/broadcasts/{id}/recipients',
    'addTextBroadcastRecipients',
    'Add recipients to a text broadcast',
  ),
  operation('POST', '/texts', 'sendTexts', 'Send texts'),
  operation('POST', '/texts/auto-replys', 'createTextAutoReply', 'Create an auto-reply'),
  operation('DELETE', '/texts/auto-replys/{id}', 'deleteTextAutoReply', 'Delete an auto-reply'),
  operation('POST', '/campaigns/sounds/files', 'postFileCampaignSound', 'Upload a sound'),
  operation('POST', '/campaigns/sounds/tts', 'postTTSCampaignSound', 'Make a text-to-speech sound'),
  operation('POST', '/campaigns/sounds/calls', 'postCallCampaignSound', 'Record a sound by phone'),
  operation('DELETE', '/campaigns/sounds/{id}', 'deleteCampaignSound', 'Archive a sound'),
  operation('POST', '/media', 'createMedia', 'Upload a media file'),
  operation('POST', '/contacts/dncs', 'addDoNotContacts', 'Add to do-not-contact'),
  operation('PUT', '/contacts/dncs/{number}', 'updateDoNotContact', 'Change a do-not-contact entry'),
  operation('DELETE', '/contacts/dncs/{number}', 'deleteDoNotContact', 'Remove from do-not-contact'),
  operation(
    'DELETE',
    '/contacts/dncs/sources/{source}',
    'deleteDoNotContactsBySource',
    'Remove a do-not-contact source',
  ),
  operation('PUT', '/numbers/leases/{number}', 'updateNumberLease', 'Change a number lease'),
  operation('PUT', '/numbers/leases/configs/{number}', 'updateNumberLeaseConfig', 'Configure a number'),
  operation('PUT', '/keywords/leases/{keyword}', 'updateKeywordLease', 'Change a keyword lease'),
  operation('POST', '/orders/numbers', 'orderNumbers', 'Buy numbers'),
  operation('POST', '/orders/keywords', 'orderKeywords', 'Buy keywords'),
];

const matchers = AUDIT_OPERATIONS.map((entry) => ({
  entry,
  pattern: new RegExp(`^${entry.path.replace(/\{[^}]+\}/g, '([^/]+)')}$`),
}));

/** The operation a write request is, with the path's record ids (decoded), or undefined for a path not listed. */
export function matchAuditOperation(method: string, path: string) {
  for (const { entry, pattern } of matchers) {
    if (entry.method !== method.toUpperCase()) continue;
    const found = pattern.exec(path);
    if (found) return { operation: entry, records: found.slice(1).map(safeDecode) };
  }
  return undefined;
}

const safeDecode = (text: string) => {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
};

/** The label an operator reads for an operation id; an id the table does not know is shown as it was logged. */
export const auditOperationLabel = (operationId: string) =>
  AUDIT_OPERATIONS.find((entry) => entry.operationId === operationId)?.label ?? operationId;
