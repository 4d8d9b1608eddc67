import { z } from 'zod';
import type { ContactListUpload } from '../../api/resources/contactLists';
import { mappingProblems, type ColumnTarget } from './csvMapping';
import { listNameSchema } from './listName';

/** The import's choices once a file is read: where each column goes, the list's name, property naming. */
export const importFormSchema = z.object({
  name: listNameSchema,
  useCustomFields: z.boolean(),
  mapping: z.array(z.custom<ColumnTarget>()).superRefine((mapping, context) => {
    const problems = mappingProblems(mapping);
    if (problems.overall || problems.columns.size > 0)
      context.addIssue({ code: 'custom', message: problems.overall ?? 'Fix the column choices marked in red' });
  }),
});

export type ImportFormValues = z.infer<typeof importFormSchema>;

/** The upload's options from the form (the file itself is the mapped CSV the page builds). */
export const uploadOf = (values: ImportFormValues): Pick<ContactListUpload, 'name' | 'useCustomFields'> => ({
  name: values.name,
  useCustomFields: values.useCustomFields,
});
