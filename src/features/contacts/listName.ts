import { z } from 'zod';

/** A contact list name as CallFire takes it: not blank, at most 255 characters. */
export const listNameSchema = z.string().trim().min(1, 'Enter a name for the list').max(255, 'At most 255 characters');
