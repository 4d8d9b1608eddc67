import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** Why a dialplan is not well-formed XML (with line and column), or undefined when it is. */
export function dialplanProblem(xml: string, field: string): string | undefined {
  const result = XMLValidator.validate(xml);
  if (result === true) return undefined;
  const { msg, line, col } = result.err;
  return `${field} is not well-formed XML: ${msg} (line ${line}, column ${col})`;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  isArray: (_name, _path, _leaf, isAttribute) => !isAttribute,
});

/** The names of the `<record>` steps of a dialplan, in document order; each answered call records under them. */
export function recordingNames(xml: string): string[] {
  const names: string[] = [];
  const visit = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (key === 'record') {
        for (const step of value as Record<string, unknown>[])
          names.push(typeof step?.name === 'string' && step.name ? step.name : `recording${names.length + 1}`);
      }
      visit(value);
    }
  };
  visit(parser.parse(xml));
  return [...new Set(names)];
}
