/**
 * Node-side decoders: iconv-lite for CP949/EUC-KR, because Node's TextDecoder('euc-kr') is strict
 * KS X 1001 and decodes 똠 햏 뷁 wrongly (docs/dependencies.md). Registered by the CLI, the Node worker
 * and the tests; engine code only sees the `DecoderFactory` interface, so browsers never load it.
 */
import iconv from 'iconv-lite';
import { setTextDecoderFactory } from '../io/decoders';
import type { StreamDecoder } from '../io/decoders';

class IconvStreamDecoder implements StreamDecoder {
  private readonly decoder = iconv.getDecoder('cp949');
  decode(bytes: Uint8Array, final: boolean): string {
    // iconv-lite keeps an incomplete lead byte between writes, so characters split across chunks decode right.
    const text = bytes.length > 0 ? this.decoder.write(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)) : '';
    return final ? text + (this.decoder.end() ?? '') : text;
  }
}

/** Installs the iconv-lite CP949 decoder; iconv-lite never throws, so `fatal` is served by counting U+FFFD. */
export function registerNodeDecoders(): void {
  setTextDecoderFactory((encoding) => (encoding === 'cp949' ? new IconvStreamDecoder() : undefined));
}
