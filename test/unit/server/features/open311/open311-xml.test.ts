import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { parseForm } from '../../../../../server/src/features/open311/open311-body.ts';
import { xmlList, xmlObject } from '../../../../../server/src/features/open311/open311-xml.ts';

const parse = (xml: string) => new XMLParser({ parseTagValue: false, isArray: (name) => name === 'request' }).parse(xml);

describe('Open311 XML writer', () => {
  it('escapes markup, drops characters XML cannot carry, writes null as an empty element', () => {
    const xml = xmlList('service_requests', 'request', [{ description: 'a < b & "c" \'d\' > e\u0001\u000bf', address: null, lat: 20.5, ok: true }]);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<service_requests>')).toBe(true);
    expect(xml).toContain('<address/>');
    expect(parse(xml).service_requests.request).toEqual([{ description: 'a < b & "c" \'d\' > ef', address: '', lat: '20.5', ok: 'true' }]);
  });

  it('writes an empty list as an empty root, and a list field as its element repeated', () => {
    expect(xmlList('services', 'service', [])).toBe('<?xml version="1.0" encoding="utf-8"?>\n<services/>\n');
    const xml = xmlObject('discovery', { endpoints: { endpoint: [{ formats: { format: ['text/xml', 'application/json'] } }] } });
    expect(parse(xml).discovery.endpoints.endpoint.formats.format).toEqual(['text/xml', 'application/json']);
  });
});

describe('Open311 form bodies', () => {
  it('keeps a repeated field (media_url) as a list and attribute[...] names as they are', () => {
    expect(parseForm('media_url=a&media_url=b&attribute%5Bcontact_phone%5D=0912&x=')).toEqual({ media_url: ['a', 'b'], 'attribute[contact_phone]': '0912', x: '' });
  });
});
