/** A contact's phone and text fields with their labels, in the order forms and tables show them. */
export const PHONE_FIELDS = [
  ['homePhone', 'Home phone'],
  ['mobilePhone', 'Mobile phone'],
  ['workPhone', 'Work phone'],
  ['extraPhone1', 'Extra phone 1'],
  ['extraPhone2', 'Extra phone 2'],
  ['extraPhone3', 'Extra phone 3'],
] as const;
export const TEXT_FIELDS = [
  ['firstName', 'First name'],
  ['lastName', 'Last name'],
  ['zipcode', 'Zip code'],
  ['externalId', 'External id'],
  ['externalSystem', 'External system'],
] as const;
