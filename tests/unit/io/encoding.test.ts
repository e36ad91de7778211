import iconv from 'iconv-lite';
import { afterEach, describe, expect, it } from 'vitest';
import { registerNodeDecoders } from '../../../src/node/nodeDecoders';
import { createStreamDecoder, setTextDecoderFactory } from '../../../src/io/decoders';
import { columnsOf, fixtureBytes, load } from './sources';

describe('encoding detection', () => {
  it('UTF-8 with BOM: the BOM is not part of the first header', async () => {
    const r = await load(fixtureBytes('utf8-bom.csv'));
    expect(r).toMatchObject({ encoding: 'utf-8', encodingSource: 'bom', headers: ['name', 'value'] });
    expect(columnsOf(r).value).toEqual([1, 2]);
  });

  it('UTF-16 LE and BE with BOM', async () => {
    const le = await load(fixtureBytes('utf16le-bom.csv'));
    expect(le).toMatchObject({ encoding: 'utf-16le', encodingSource: 'bom', headers: ['name', '온도'] });
    expect(columnsOf(le)).toEqual({ name: ['가'], 온도: [1] });
    const be = await load(fixtureBytes('utf16be-bom.csv'));
    expect(be).toMatchObject({ encoding: 'utf-16be', encodingSource: 'bom', headers: ['name', 'value'] });
    expect(columnsOf(be).value).toEqual([1, 2]);
  });

  it('UTF-16 without BOM by the NUL-byte pattern', async () => {
    const le = await load(fixtureBytes('utf16le-nobom.csv'));
    expect(le).toMatchObject({ encoding: 'utf-16le', encodingSource: 'nul-pattern' });
    expect(columnsOf(le)).toEqual({ name: ['alpha', 'beta'], value: [1, 2] });
    const be = await load(fixtureBytes('utf16be-nobom.csv'));
    expect(be).toMatchObject({ encoding: 'utf-16be', encodingSource: 'nul-pattern' });
    expect(columnsOf(be).value).toEqual([1, 2]);
  });

  it('valid UTF-8 without BOM (Korean text)', async () => {
    const r = await load('이름,값\n똠,1\n햏,2\n');
    expect(r).toMatchObject({ encoding: 'utf-8', encodingSource: 'utf-8-valid', headers: ['이름', '값'] });
    expect(columnsOf(r).이름).toEqual(['똠', '햏']);
    expect(r.warnings).toEqual([]);
  });

  it('CP949 (Korean Excel) by trial decode, including 똠 햏 뷁 outside KS X 1001', async () => {
    const r = await load(fixtureBytes('cp949.csv'));
    expect(r).toMatchObject({ encoding: 'cp949', encodingSource: 'cp949-trial', headers: ['이름', '온도', '상태'] });
    expect(columnsOf(r)).toEqual({ 이름: ['똠', '햏', '뷁'], 온도: [21.5, 22, 23.25], 상태: ['정상', '점검', '정상'] });
    expect(r.warnings).toEqual([]);
  });

  it('a file that is UTF-8 for its first 64 KiB and CP949 later is restarted as CP949', async () => {
    const filler = 'id,name\n' + Array.from({ length: 9000 }, (_, i) => `${i},ascii`).join('\n') + '\n';
    const bytes = new Uint8Array([...new TextEncoder().encode(filler), ...iconv.encode('9000,똠햏뷁\n', 'cp949')]);
    expect(bytes.length).toBeGreaterThan(64 * 1024);
    const r = await load(bytes);
    expect(r).toMatchObject({ encoding: 'cp949', encodingSource: 'cp949-trial' });
    expect(r.table.rowCount).toBe(9001);
    expect(columnsOf(r).name?.[9000]).toBe('똠햏뷁');
    expect(r.warnings.map((w) => w.code)).toEqual(['ENCODING_DOUBTFUL']);
  });

  it('windows-1252 by the detector, with an ENCODING_DOUBTFUL warning', async () => {
    const r = await load(fixtureBytes('windows1252.csv'));
    expect(r.encodingSource).toBe('detector');
    expect(['windows-1252', 'iso-8859-15']).toContain(r.encoding);
    expect(columnsOf(r).city).toEqual(['Zürich', 'München', 'Köln']);
    expect(r.warnings.map((w) => w.code)).toEqual(['ENCODING_DOUBTFUL']);
  });

  it('the user override wins, and forcing UTF-8 on CP949 bytes reports U+FFFD with counts and lines', async () => {
    const forced = await load(fixtureBytes('cp949.csv'), { encoding: 'euc-kr' });
    expect(forced).toMatchObject({ encoding: 'euc-kr', encodingSource: 'user' });
    expect(columnsOf(forced).이름).toEqual(['똠', '햏', '뷁']);
    const wrong = await load(fixtureBytes('cp949.csv'), { encoding: 'utf-8' });
    const warning = wrong.warnings.find((w) => w.code === 'REPLACEMENT_CHARACTERS');
    expect(warning?.count).toBeGreaterThan(0);
    expect(warning?.lines).toEqual([1, 2, 3, 4]);
  });

  it('forcing a single-byte encoding on UTF-8 bytes warns about mojibake', async () => {
    const r = await load('city\nZürich\n', { encoding: 'windows-1252' });
    expect(columnsOf(r).city).toEqual(['ZÃ¼rich']);
    expect(r.warnings[0]).toMatchObject({ code: 'ENCODING_DOUBTFUL' });
    expect(r.warnings[0]?.message).toMatch(/look like UTF-8/);
  });

  it('an unknown encoding label is a FitplotError ENCODING', async () => {
    await expect(load('a\n1\n', { encoding: 'klingon-8' })).rejects.toMatchObject({ code: 'ENCODING' });
  });
});

describe('decoder provider', () => {
  afterEach(() => registerNodeDecoders());

  it('without the Node factory, TextDecoder is used: Node’s strict EUC-KR gets 똠 wrong, so the trial rejects CP949', () => {
    setTextDecoderFactory(undefined);
    const bytes = iconv.encode('똠', 'cp949');
    expect(createStreamDecoder('cp949', { fatal: false }).decode(bytes, true)).not.toBe('똠');
    registerNodeDecoders();
    expect(createStreamDecoder('cp949', { fatal: false }).decode(bytes, true)).toBe('똠');
  });

  it('streams: a CP949 character split across chunks decodes once, whole', () => {
    const bytes = iconv.encode('똠햏', 'cp949');
    const decoder = createStreamDecoder('euc-kr', { fatal: false });
    expect(
      decoder.decode(bytes.subarray(0, 1), false) + decoder.decode(bytes.subarray(1, 3), false) + decoder.decode(bytes.subarray(3), true),
    ).toBe('똠햏');
  });

  it('a registered factory is consulted first, and may decline', () => {
    const asked: string[] = [];
    setTextDecoderFactory((encoding, fatal) => {
      asked.push(`${encoding}:${fatal}`);
      return encoding === 'x-upper' ? { decode: (b) => new TextDecoder().decode(b).toUpperCase() } : undefined;
    });
    expect(createStreamDecoder('X-UPPER', { fatal: true }).decode(new TextEncoder().encode('ab'), true)).toBe('AB');
    expect(createStreamDecoder('UTF8', { fatal: false }).decode(new TextEncoder().encode('ab'), true)).toBe('ab');
    expect(asked).toEqual(['x-upper:true', 'utf-8:false']);
  });
});
