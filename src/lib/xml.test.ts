import { describe, expect, it } from 'vitest';
import { problemPosition } from './xml';

describe('problemPosition', () => {
  it("reads the console's and the server's line and column", () => {
    expect(
      problemPosition('The dialplan is not well-formed XML at line 3, column 5: </dialplan> does not close <menu>'),
    ).toEqual({ line: 3, column: 5 });
    expect(problemPosition('dialplanXml is not well-formed XML: bad (line 2, column 14)')).toEqual({
      line: 2,
      column: 14,
    });
    expect(problemPosition('Enter a dialplan')).toBeUndefined();
  });
});
