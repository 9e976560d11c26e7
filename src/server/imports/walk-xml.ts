import { SaxesParser } from 'saxes';

export interface XmlHandlers {
  open?: (name: string, attributes: Record<string, string>) => void;
  close?: (name: string) => void;
  text?: (text: string) => void;
}

/**
 * Streams an XML document to the handlers, element names without their namespace prefix (producers write
 * `<c>` or `<x:c>` alike). saxes never expands entities a DOCTYPE declares, so an "entity bomb" is an error,
 * not a gigabyte string. A handler may throw to stop the walk; malformed XML throws.
 */
export function walkXml(xml: string, handlers: XmlHandlers): void {
  const parser = new SaxesParser();
  parser.on('opentag', (tag) => {
    const attributes: Record<string, string> = {};
    for (const [name, value] of Object.entries(tag.attributes)) attributes[localName(name)] = value;
    handlers.open?.(localName(tag.name), attributes);
  });
  parser.on('closetag', (tag) => handlers.close?.(localName(tag.name)));
  if (handlers.text) {
    const onText = handlers.text;
    parser.on('text', onText);
    parser.on('cdata', onText);
  }
  // Written in slices so a handler's refusal stops the walk early instead of after the whole document.
  const slice = 1024 * 1024;
  for (let start = 0; start < xml.length; start += slice) parser.write(xml.slice(start, start + slice));
  parser.close();
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}
